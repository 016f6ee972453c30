package org.simine.extract.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.simine.extract.InputException;
import org.simine.extract.read.PdfFiles;

/**
 * Finds the captioned tables of a PDF and reads them into {@link Table}s: for each page, glyphs and rules
 * are captured ({@link GlyphStripper}, {@link RulingCollector}), "Table N" captions found
 * ({@link CaptionFinder}), each caption's region placed by a {@link TableDetector}, and the region's cell
 * grid built ({@link CellGridBuilder}). A table without a caption is not reported: ruled figures, plots and
 * frames would be false tables far more often than uncaptioned tables are missed.
 *
 * <p>Stateless and thread-safe; each call works on its own document.
 */
public final class TableExtractor {
    /** Tried in order for each caption; a detector for unruled (whitespace-only) tables would go after it. */
    private final List<TableDetector> detectors = List.of(new RulingTableDetector());

    /**
     * Reads the tables of a PDF file.
     *
     * @throws InputException when the file is missing, not a file, empty, encrypted or not a readable PDF
     */
    public List<Table> extract(Path pdf) throws InputException {
        return extract(pdf, number -> true);
    }

    /**
     * Reads the tables on the pages {@code candidates} accepts (1-based numbers); the others are not even parsed.
     *
     * @throws InputException when the file is missing, not a file, empty, encrypted or not a readable PDF
     */
    public List<Table> extract(Path pdf, IntPredicate candidates) throws InputException {
        PDDocument document = PdfFiles.open(pdf);
        try {
            return extract(document, candidates);
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
        return extract(document, number -> true);
    }

    private List<Table> extract(PDDocument document, IntPredicate candidates) throws IOException {
        PageContentReader reader = new PageContentReader(document);
        List<Table> tables = new ArrayList<>();
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            CancelledWork.check();
            if (!candidates.test(number)) {
                continue;
            }
            List<Glyph> glyphs = reader.glyphs(number);
            if (mentionsTable(glyphs)) {
                tables.addAll(extract(reader.withRulings(number, glyphs)));
            }
        }
        return tables;
    }

    /** Most pages hold no caption; without the letters "Tab" they are skipped before the costly steps. */
    private static boolean mentionsTable(List<Glyph> glyphs) {
        for (int i = 0; i + 2 < glyphs.size(); i++) {
            String t = glyphs.get(i).text();
            if ((t.equals("T") || t.equals("t")) && glyphs.get(i + 1).text().equalsIgnoreCase("a")
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
