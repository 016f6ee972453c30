package org.simine.extract.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.pdf.GlyphMap;
import org.simine.extract.pdf.PageLayout;
import org.simine.extract.pdf.PageScanner;
import org.simine.extract.pdf.PdfGlyphs;
import org.simine.extract.pdf.PdfLayout;
import org.simine.extract.pdf.PdfLayoutReader;
import org.simine.extract.pdf.RegionMask;
import org.simine.extract.table.Table;
import org.simine.extract.table.TableExtractor;

/**
 * Reads a PDF with PDFBox, once: a {@link PageScanner} reads each page's content stream one time for the captioned
 * tables ({@link TableExtractor}) and for the text layer, which then goes through the layout analysis of
 * {@link PdfLayoutReader} (columns, reading order, sub/superscripts, headers and footers
 * dropped, sections) with the table regions masked out of the running text. Every PDFBox failure is mapped to an
 * {@link InputException}: a password → ENCRYPTED, pages without text → NO_TEXT_LAYER, anything else that
 * PDFBox cannot parse → CORRUPT_PDF, a read interrupted by the timeout → TIMED_OUT.
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
            // One pass over the pages reads the glyphs for the layout and finds the tables, whose regions are then
            // kept out of the running text.
            TableExtractor.PageTables pageTables = tableExtractor.pageTables();
            PdfGlyphs glyphs = scan(file, pdf, pageTables, limits);
            List<Table> tables = pageTables.tables();
            PdfLayout layout = layout(file, glyphs, TableRegions.of(tables));
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
            return Documents.assemble(file, title, pages, true, layout.unrecovered(), tables, info(pdf));
        } finally {
            PdfFiles.closeQuietly(pdf);
        }
    }

    /** A cancelled (timed-out) scan is TIMED_OUT, not a broken file. */
    private PdfGlyphs scan(Path file, PDDocument pdf, TableExtractor.PageTables tables, ExtractionLimits limits)
            throws InputException {
        try {
            return new PageScanner(glyphMap).scan(pdf, tables);
        } catch (InterruptedIOException e) {
            throw InputException.timedOut(file, limits.timeout());
        } catch (IOException | RuntimeException e) {
            limits.checkNotCancelled(file); // PDFBox's own reads fail too once the thread is interrupted
            throw InputException.corruptPdf(file, e);
        }
    }

    private PdfLayout layout(Path file, PdfGlyphs glyphs, RegionMask tables) throws InputException {
        try {
            return new PdfLayoutReader(glyphMap, tables).read(glyphs);
        } catch (RuntimeException e) {
            throw InputException.corruptPdf(file, e);
        }
    }

    /**
     * Metadata titles are often a typesetter's leftovers ("untitled", "5", "Microsoft Word - 02. 206.doc",
     * "am404082h 1..5"): a title has three words of letters and no file or page-range look; else the layout's
     * title (the largest text on page 1) is used.
     */
    static boolean plausibleTitle(String title) {
        String t = title.strip();
        if (JUNK_TITLE.matcher(t).find()) {
            return false;
        }
        int words = 0;
        for (String w : t.split("\\s+")) {
            if (w.matches("\\p{L}{2,}.*")) {
                words++;
            }
        }
        return words >= 3;
    }

    private static final java.util.regex.Pattern JUNK_TITLE = java.util.regex.Pattern.compile(
            "(?i)^untitled|microsoft word|\\.(docx?|pdf|tex|dvi|indd)\\b|\\d+\\.\\.\\d+|^\\S*\\d\\S*\\s+\\d");

    /** The information dictionary's author and creation year, for the paper's byline when the page gives none. */
    private static DocumentInfo info(PDDocument pdf) {
        try {
            PDDocumentInformation info = pdf.getDocumentInformation();
            String author = info == null ? null : info.getAuthor();
            java.util.Calendar created = info == null ? null : info.getCreationDate();
            return new DocumentInfo(DocumentFormat.PDF, null, null,
                    author == null || author.isBlank() ? null : TextNormaliser.normalise(author.strip()),
                    created == null ? null : created.get(java.util.Calendar.YEAR));
        } catch (RuntimeException e) {
            return DocumentInfo.of(DocumentFormat.PDF); // a broken info dictionary costs the byline, not the document
        }
    }

    private static String title(PDDocument pdf) {
        try {
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info == null ? null : info.getTitle();
            return title == null || !plausibleTitle(title) ? null : TextNormaliser.normalise(title.strip());
        } catch (RuntimeException e) {
            return null; // a broken info dictionary costs the title, not the document
        }
    }

}
