package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simine.extract.ExtractionResult;
import org.simine.extract.TestInputs;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.table.Table;
import org.simine.extract.table.interpret.TableRecordExtractor;
import org.simine.extract.table.interpret.TableScoring;
import org.simine.gold.GoldSet;
import org.simine.gold.GoldTable;
import org.simine.gold.eval.EvalReport;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/**
 * The review's six tables written as publisher markup (a JATS article and an RSC-style HTML page, made here from
 * the gold TSVs: group headers as {@code colspan}, headers standing over two rows and repeated body cells as
 * {@code rowspan}, exponents, charges and subscripts as {@code sup}/{@code sub}) go through the whole markup path
 * (sniffing, reader, spans, the table interpreter) and must give the gold grids cell for cell, the same records as
 * the same tables read from text, and so the same scores; and the same records as the review PDF's table layer.
 */
class ReviewTablesAsMarkupTest {
    private static GoldSet gold;
    private static List<Record> fromTsv;

    @TempDir
    static Path dir;

    @BeforeAll
    static void goldRecords() {
        gold = GoldSet.review();
        TableRecordExtractor tables = TableRecordExtractor.create();
        List<Record> records = new ArrayList<>();
        for (GoldTable t : gold.tables()) {
            records.addAll(tables.extract(gold.doc(), Table.ofTexts(t.label(), t.caption(), null, t.headerRows(),
                    t.bodyRows())));
        }
        fromTsv = List.copyOf(records);
    }

    private static ExtractionResult extract(String kind) throws Exception {
        Path file = dir.resolve("review-tables." + kind);
        Files.writeString(file, kind.equals("xml") ? jats() : html());
        return TestInputs.extractor().extract(file);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xml", "html"})
    void theMarkupTablesAreTheGoldGridsCellForCell(String kind) throws Exception {
        ExtractionResult result = extract(kind);
        assertEquals(kind.equals("xml") ? DocumentFormat.JATS_XML : DocumentFormat.HTML, result.document().format());
        assertEquals("10.1039/d4ee05595k", result.docId());
        List<Table> tables = result.document().tables();
        assertEquals(6, tables.size());
        for (int i = 0; i < 6; i++) {
            GoldTable g = gold.tables().get(i);
            Table t = tables.get(i);
            assertEquals(g.label(), t.label());
            assertEquals(g.headerRows(), Table.grid(t.headerRows(), g.columnCount()), "header of table " + g.label());
            assertEquals(g.bodyRows(), Table.grid(t.bodyRows(), g.columnCount()), "body of table " + g.label());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xml", "html"})
    void theRecordsAndScoresAreThoseOfTheTablesReadFromText(String kind) throws Exception {
        List<Record> fromMarkup = extract(kind).records().stream()
                .filter(r -> r.source().kind() == SourceKind.TABLE).toList();
        assertEquals(key(fromTsv), key(fromMarkup));
        EvalReport report = TableScoring.evaluate("markup-" + kind, gold.records(), fromMarkup);
        TableScoring.assertRegression("gold-tsv", report);
        assertEquals(1.0, report.tolerant().micro().recall());
    }

    @Test
    void theSameTablesGiveTheSameRecordsFromThePdfAndFromItsXml() throws Exception {
        Path pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF not found");
        List<Record> fromPdf = TestInputs.extractor().extract(pdf).records().stream()
                .filter(r -> r.source().kind() == SourceKind.TABLE).toList();
        List<Record> fromXml = extract("xml").records().stream()
                .filter(r -> r.source().kind() == SourceKind.TABLE).toList();
        assertEquals(key(fromPdf), key(fromXml));
        assertTrue(fromPdf.stream().allMatch(r -> r.source().page() != null));
        assertTrue(fromXml.stream().allMatch(r -> r.source().page() == null));
    }

    /** What a record says, without where it was printed (page) or how (rule ids are the same; raw is compared). */
    private static List<String> key(List<Record> records) {
        return records.stream().map(r -> String.join("|", r.property().id(), String.valueOf(r.value()),
                String.valueOf(r.valueMax()), r.unit().symbol(), Objects.toString(r.material()),
                Objects.toString(r.rate()), Objects.toString(r.cycles()), Objects.toString(r.baseline()),
                Objects.toString(r.factor()), Objects.toString(r.dopant()), r.source().table(),
                String.valueOf(r.source().row()), String.valueOf(r.source().column()), Objects.toString(r.raw()),
                String.valueOf(r.approx()), Objects.toString(r.comparator()), r.source().rule()))
                .sorted().toList();
    }

    static String jats() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE article PUBLIC "
                + "\"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN\" "
                + "\"JATS-archivearticle1.dtd\">\n<article><front><journal-meta><journal-title-group><journal-title>"
                + "Energy &amp; Environmental Science</journal-title></journal-title-group></journal-meta>"
                + "<article-meta><article-id pub-id-type=\"doi\">10.1039/D4EE05595K</article-id><title-group>"
                + "<article-title>Revisiting the kinetics enhancement strategies of Si anodes</article-title>"
                + "</title-group><pub-date><year>2025</year></pub-date></article-meta></front><body><sec><title>"
                + "Tables</title><p>The six tables of the review.</p>\n");
        for (GoldTable t : gold.tables()) {
            s.append("<table-wrap id=\"tab").append(t.label()).append("\"><label>Table ").append(t.label())
                    .append("</label><caption><p>").append(escape(t.caption())).append("</p></caption><table>")
                    .append(rows(t, "th", true)).append(rows(t, "td", false)).append("</table></table-wrap>\n");
        }
        return s.append("</sec></body></article>\n").toString();
    }

    static String html() {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><title>Review</title>"
                + "<meta name=\"citation_title\" content=\"Revisiting the kinetics enhancement strategies of Si anodes\">"
                + "<meta name=\"citation_doi\" content=\"10.1039/D4EE05595K\"><meta name=\"citation_journal_title\" "
                + "content=\"Energy &amp; Environmental Science\"><meta name=\"citation_date\" content=\"2025/03/01\">"
                + "</head><body><div id=\"wrapper\"><div class=\"abstract\"><h2>Abstract</h2><p>The six tables.</p>"
                + "</div><h2>Tables</h2><p class=\"otherpara\">One.</p><p class=\"otherpara\">Two.</p>\n");
        for (GoldTable t : gold.tables()) {
            s.append("<div class=\"table_caption\"><b>Table ").append(t.label()).append("</b> <span>")
                    .append(escape(t.caption())).append("</span></div><div class=\"rtable__wrapper\"><div "
                            + "class=\"rtable__inner\"><table class=\"tgroup rtable\"><thead>")
                    .append(rows(t, "th", true)).append("</thead><tbody>").append(rows(t, "td", false))
                    .append("</tbody></table></div></div>\n");
        }
        return s.append("<h2>References</h2><ol><li>A. Author, J. Power Sources, 2020.</li></ol></div></body></html>\n")
                .toString();
    }

    /**
     * The header or body rows as {@code tr}s: in the header, a cell with empty cells to its right over sub-headers
     * spans them ({@code colspan}), and one with nothing below spans the rows down ({@code rowspan}); in the body,
     * empty cells of the first and last column under a filled one are that cell's {@code rowspan}.
     */
    private static String rows(GoldTable t, String cellTag, boolean header) {
        List<List<String>> rows = header ? t.headerRows() : t.bodyRows();
        int width = t.columnCount();
        boolean[][] covered = new boolean[rows.size()][width];
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            s.append("<tr>");
            List<String> row = rows.get(r);
            for (int c = 0; c < width; c++) {
                if (covered[r][c]) {
                    continue;
                }
                String text = c < row.size() ? row.get(c) : "";
                int colspan = 1;
                int rowspan = 1;
                if (header && !text.isEmpty()) {
                    while (c + colspan < width && cell(rows, r, c + colspan).isEmpty() && !below(rows, r, c + colspan)
                            .isEmpty()) {
                        colspan++;
                    }
                    if (below(rows, r, c).isEmpty()) {
                        rowspan = rows.size() - r;
                    }
                } else if (!header && !text.isEmpty() && (c == 0 || c == width - 1)) {
                    while (r + rowspan < rows.size() && cell(rows, r + rowspan, c).isEmpty()) {
                        rowspan++;
                    }
                }
                for (int rr = r; rr < r + rowspan; rr++) {
                    for (int cc = c; cc < c + colspan; cc++) {
                        covered[rr][cc] = true;
                    }
                }
                s.append('<').append(cellTag);
                if (colspan > 1) {
                    s.append(" colspan=\"").append(colspan).append('"');
                }
                if (rowspan > 1) {
                    s.append(" rowspan=\"").append(rowspan).append('"');
                }
                s.append('>').append(markup(text)).append("</").append(cellTag).append('>');
                c += colspan - 1;
            }
            s.append("</tr>");
        }
        return s.toString();
    }

    private static String cell(List<List<String>> rows, int r, int c) {
        return c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    private static String below(List<List<String>> rows, int r, int c) {
        StringBuilder s = new StringBuilder();
        for (int rr = r + 1; rr < rows.size(); rr++) {
            s.append(cell(rows, rr, c));
        }
        return s.toString();
    }

    /** Printed scripts back as markup: 10−13 → 10<sup>−13</sup>, cm2 → cm<sup>2</sup>, DLi+ → D<sub>Li</sub><sup>+</sup>. */
    static String markup(String text) {
        String s = escape(text);
        s = s.replaceAll("10\u2212(\\d+)", "10<sup>\u2212$1</sup>");
        s = s.replaceAll("\\b(cm)2\\b", "$1<sup>2</sup>");
        s = s.replaceAll("\\b([sg])\u22121\\b", "$1<sup>\u22121</sup>");
        s = s.replace("DLi+", "D<sub>Li</sub><sup>+</sup>");
        s = s.replaceAll("(?<!>)Li\\+", "Li<sup>+</sup>");
        s = s.replace("RCT", "R<sub>CT</sub>");
        return s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
