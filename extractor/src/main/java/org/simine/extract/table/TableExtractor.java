package org.simine.extract.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.simine.extract.InputException;
import org.simine.extract.pdf.GlyphMap;
import org.simine.extract.pdf.PageScanner;
import org.simine.extract.pdf.PathListener;
import org.simine.extract.read.PdfFiles;

/**
 * Finds the captioned tables of a PDF and reads them into {@link Table}s: for each page, glyphs and rules
 * are captured in the one pass of a {@link PageScanner} ({@link TableGlyphs}, {@link RulingCollector}),
 * "Table N" captions found ({@link CaptionFinder}), each caption's region placed by a {@link TableDetector}, and
 * the region's cell grid built ({@link CellGridBuilder}). A table without a caption is not reported: ruled
 * figures, plots and frames would be false tables far more often than uncaptioned tables are missed.
 *
 * <p>Stateless and thread-safe; each call works on its own document.
 */
public final class TableExtractor {
    private static final GlyphMap GLYPH_MAP = GlyphMap.load();

    /** Tried in order for each caption; a detector for unruled (whitespace-only) tables would go after it. */
    private final List<TableDetector> detectors = List.of(new RulingTableDetector());

    /**
     * Reads the tables of a PDF file.
     *
     * @throws InputException when the file is missing, not a file, empty, encrypted or not a readable PDF
     */
    public List<Table> extract(Path pdf) throws InputException {
        PDDocument document = PdfFiles.open(pdf);
        try {
            return extract(document);
        } catch (IOException | RuntimeException e) {
            throw InputException.corruptPdf(pdf, e);
        } finally {
            PdfFiles.closeQuietly(document);
        }
    }

    /**
     * Reads the tables of an open document, which the caller keeps open and closes.
     *
     * @throws IOException when PDFBox cannot read a page
     */
    public List<Table> extract(PDDocument document) throws IOException {
        PageTables tables = pageTables();
        new PageScanner(GLYPH_MAP).scan(document, tables);
        return tables.tables();
    }

    /** Finds tables page by page while a {@link PageScanner} reads the document for its text as well. */
    public PageTables pageTables() {
        return new PageTables();
    }

    /** The tables of one scan, in page order. Not thread-safe. */
    public final class PageTables implements PageScanner.PageListener {
        private final List<Table> tables = new ArrayList<>();
        private final TableGlyphs tableGlyphs = new TableGlyphs();
        private RulingCollector rulings;

        private PageTables() {
        }

        @Override
        public PathListener startPage(PDPage page, int number) {
            rulings = new RulingCollector(page);
            return rulings;
        }

        @Override
        public boolean wantsText(List<TextPosition> drawn) {
            return TableGlyphs.mayMentionTable(drawn);
        }

        @Override
        public void endPage(PDPage page, int number, List<List<TextPosition>> textByArticle) {
            if (textByArticle.isEmpty()) {
                return;
            }
            List<Glyph> glyphs = StackedGlyphJoiner.join(tableGlyphs.of(textByArticle));
            if (mentionsTable(glyphs)) {
                PDRectangle crop = page.getCropBox();
                tables.addAll(extract(new PageContent(number, crop.getWidth(), crop.getHeight(), glyphs,
                        rulings.rulings())));
            }
        }

        public List<Table> tables() {
            return List.copyOf(tables);
        }
    }

    /**
     * Most pages hold no caption; without the letters "Tab" they are skipped before the costly steps. A caption
     * starts with a capital T ({@link CaptionFinder}: Table, TABLE, Tab.), so "stable" or "suitable" do not count.
     */
    static boolean mentionsTable(List<Glyph> glyphs) {
        for (int i = 0; i + 2 < glyphs.size(); i++) {
            if (glyphs.get(i).text().equals("T") && glyphs.get(i + 1).text().equalsIgnoreCase("a")
                    && glyphs.get(i + 2).text().equalsIgnoreCase("b")) {
                return true;
            }
        }
        return false;
    }

    /** The tables of one captured page. */
    List<Table> extract(PageContent raw) {
        PageContent page = new PageContent(raw.number(), raw.width(), raw.height(), raw.glyphs(),
                RulingMerger.merge(raw.rulings()));
        List<TextLine> lines = TextLineBuilder.lines(page.glyphs());
        List<TableCaption> captions = CaptionFinder.find(lines, page.rulings());
        List<Table> tables = new ArrayList<>();
        for (TableCaption caption : captions) {
            for (TableDetector detector : detectors) {
                Optional<TableRegion> region = detector.detect(page, lines, caption, captions);
                if (region.isPresent()) {
                    Table table = CellGridBuilder.build(page, region.get());
                    if (!table.bodyRows().isEmpty() && table.columnCount() >= 2) {
                        tables.add(table);
                        break;
                    }
                }
            }
        }
        return tables;
    }
}
