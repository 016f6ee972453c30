package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.simine.extract.InputException;

/**
 * Opens PDFs the one way SiMine does: memory-bounded, empty user password (so owner-password-only files open),
 * every PDFBox failure mapped to an {@link InputException}. Whoever opens a document closes it.
 */
public final class PdfFiles {
    /** Main memory PDFBox may use for parsed streams before it spills to a temporary file. */
    private static final long MAX_MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    private PdfFiles() {
    }

    /**
     * @throws InputException when the file is missing, not a file, empty, encrypted with a user password, not a
     *                        readable PDF, or has no page PDFBox can read
     */
    public static PDDocument open(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw InputException.notFound(file);
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.notAFile(file);
        }
        try {
            if (Files.size(file) == 0) {
                throw InputException.empty(file, null);
            }
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw InputException.encrypted(file, e);
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
        if (pdf.getNumberOfPages() == 0) {
            closeQuietly(pdf);
            // PDFBox opens a truncated file leniently; a PDF without a single page is a broken one in practice.
            throw InputException.corruptPdf(file, new IOException("no pages could be read"));
        }
        return pdf;
    }

    public static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException | RuntimeException e) {
            // Nothing was written; what was read is read, so a failing close changes nothing for the caller.
        }
    }
}
