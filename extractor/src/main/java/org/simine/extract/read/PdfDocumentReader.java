package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.simine.extract.InputException;

/**
 * Reads a PDF's text layer page by page with PDFBox. Every PDFBox failure is mapped to an
 * {@link InputException}: a password → ENCRYPTED, pages without text → NO_TEXT_LAYER, anything else that
 * PDFBox cannot parse → CORRUPT_PDF.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** Main memory PDFBox may use for parsed streams before it spills to a temporary file. */
    private static final long MAX_MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    @Override
    public Document read(Path file) throws InputException {
        PDDocument pdf = load(file);
        try {
            List<Page> pages = pageTexts(file, pdf);
            String title = title(pdf);
            boolean anyText = pages.stream().anyMatch(p -> !p.text().isBlank());
            if (!anyText) {
                throw InputException.noTextLayer(file, pages.size());
            }
            return Documents.assemble(file, title, pages, true);
        } finally {
            closeQuietly(pdf);
        }
    }

    private static PDDocument load(Path file) throws InputException {
        try {
            // Empty user password: opens unprotected PDFs and those with only an owner password.
            return Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw InputException.encrypted(file, e);
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
    }

    private static List<Page> pageTexts(Path file, PDDocument pdf) throws InputException {
        int count = pdf.getNumberOfPages();
        if (count == 0) {
            // PDFBox opens a truncated file leniently; a PDF without a single page is a broken one in practice.
            throw InputException.corruptPdf(file, new IOException("no pages could be read"));
        }
        List<Page> pages = new ArrayList<>(count);
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int number = 1; number <= count; number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pages.add(new Page(number, TextNormaliser.normalise(stripper.getText(pdf))));
            }
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
        return pages;
    }

    private static String title(PDDocument pdf) {
        try {
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info == null ? null : info.getTitle();
            return title == null || title.isBlank() ? null : TextNormaliser.normalise(title.strip());
        } catch (RuntimeException e) {
            return null; // a broken info dictionary costs the title, not the document
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException | RuntimeException e) {
            // Nothing was written; the text is already read, so a failing close changes nothing for the caller.
        }
    }
}
