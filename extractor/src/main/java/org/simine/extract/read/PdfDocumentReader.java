package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.pdf.GlyphMap;
import org.simine.extract.pdf.PageLayout;
import org.simine.extract.pdf.PdfLayout;
import org.simine.extract.pdf.PdfLayoutReader;
import org.simine.extract.pdf.RegionMask;
import org.simine.extract.table.Table;
import org.simine.extract.table.TableExtractor;

/**
 * Reads a PDF with PDFBox, once: its captioned tables ({@link TableExtractor}), then its text layer through the
 * layout analysis of {@link PdfLayoutReader} (columns, reading order, sub/superscripts, headers and footers
 * dropped, sections) with the table regions masked out of the running text. Every PDFBox failure is mapped to an
 * {@link InputException}: a password → ENCRYPTED, pages without text → NO_TEXT_LAYER, anything else that
 * PDFBox cannot parse → CORRUPT_PDF.
 */
public final class PdfDocumentReader implements DocumentReader {
    private final GlyphMap glyphMap = GlyphMap.load();
    private final TableExtractor tableExtractor = new TableExtractor();


    @Override
    public Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    /** Refuses a PDF over the page cap right after opening it, before any page is parsed. */
    @Override
    public Document read(Path file, ExtractionLimits limits) throws InputException {
        PDDocument pdf = PdfFiles.open(file);
        try {
            limits.checkPageCount(file, pdf.getNumberOfPages());
            // Tables first, on the same open document: their regions are then kept out of the running text.
            List<Table> tables = tables(file, pdf);
            PdfLayout layout = layout(file, pdf, TableRegions.of(tables));
            List<Page> pages = new ArrayList<>(layout.pages().size());
            for (PageLayout page : layout.pages()) {
                pages.add(PageAssembler.assemble(page));
            }
            String title = title(pdf);
            if (title == null && layout.title() != null) {
                title = TextNormaliser.normalise(layout.title());
            }
            boolean anyText = pages.stream().anyMatch(p -> !p.text().isBlank());
            if (!anyText) {
                throw InputException.noTextLayer(file, pages.size());
            }
            return Documents.assemble(file, title, pages, true, layout.unrecovered(), tables);
        } finally {
            PdfFiles.closeQuietly(pdf);
        }
    }

    private List<Table> tables(Path file, PDDocument pdf) throws InputException {
        try {
            return tableExtractor.extract(pdf);
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
    }

    private PdfLayout layout(Path file, PDDocument pdf, RegionMask tables) throws InputException {
        try {
            return new PdfLayoutReader(glyphMap, tables).read(pdf);
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
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

}
