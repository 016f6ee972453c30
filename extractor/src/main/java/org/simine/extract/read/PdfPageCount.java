package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF's page count from its page tree, without reading any content: lets {@link DocumentReaders} refuse a
 * document over the page limit in milliseconds instead of after its text is read. A stop-gap that opens the
 * file once more (about 1.5 ms for a journal paper) until the PDF reader checks
 * {@link org.simine.extract.ExtractionLimits#checkPage} itself.
 */
final class PdfPageCount {
    /** As the readers use: decoded streams above this size go to a scratch file, not the heap. */
    private static final long MAX_MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    private PdfPageCount() {
    }

    /** The page count, or empty when PDFBox cannot open the file: the reader then says why. */
    static OptionalInt of(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "",
                MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY_BYTES).streamCache)) {
            return OptionalInt.of(pdf.getNumberOfPages());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return OptionalInt.empty();
        }
    }
}
