package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.gold.GoldSet;
import org.simine.gold.GoldTable;

/**
 * The review's six tables against the gold standard, cell by cell (header and body), after whitespace
 * normalisation. Prints every miss and the per-table score.
 */
class ReviewTablesTest {
    private static final double MIN_EXACT = 0.98;
    private static List<Table> tables;

    @BeforeAll
    static void extract() throws InputException {
        Path pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF absent from corpus/ and shared/corpus/");
        tables = new TableExtractor().extract(pdf);
    }

    @Test
    void findsExactlyTheSixTablesOnTheirPages() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), tables.stream().map(Table::label).toList());
        assertEquals(List.of(3, 8, 12, 13, 17, 18), tables.stream().map(Table::page).toList());
    }

    @Test
    void captionsAndHeaderRowsMatchTheGold() {
        for (GoldTable gold : GoldSet.review().tables()) {
            Table table = table(gold.label());
            assertEquals(gold.caption(), table.caption(), "caption of Table " + gold.label());
            assertEquals(gold.headerRows().size(), table.headerRows().size(), "header rows of Table " + gold.label());
            assertEquals(gold.columnCount(), table.columnCount(), "columns of Table " + gold.label());
        }
    }

    @Test
    void reproducesAtLeast98PercentOfGoldCellsExactly() {
        int cells = 0;
        int exact = 0;
        Map<String, String> perTable = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (GoldTable gold : GoldSet.review().tables()) {
            Table table = table(gold.label());
            int columns = gold.columnCount();
            int[] score = new int[2];
            compare("T" + gold.label() + " header", gold.headerRows(), Table.grid(table.headerRows(), columns), score, misses);
            compare("T" + gold.label() + " body", gold.bodyRows(), Table.grid(table.bodyRows(), columns), score, misses);
            perTable.put(gold.label(), String.format("%d/%d (%.1f%%)", score[1], score[0], 100.0 * score[1] / score[0]));
            cells += score[0];
            exact += score[1];
        }
        double ratio = (double) exact / cells;
        System.out.printf("review tables: %d/%d gold cells exact (%.2f%%); per table %s%n", exact, cells, 100 * ratio,
                perTable);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(ratio >= MIN_EXACT, String.format("%.2f%% < %.0f%%; misses: %s", 100 * ratio, 100 * MIN_EXACT, misses));
    }

    @Test
    void spansAndContinuationCellsAreExplicit() {
        Table t3 = table("3");
        Table.Cell function = t3.headerRows().get(0).get(1);
        assertEquals("Function", function.text());
        assertEquals(4, function.columnSpan());
        Table.Cell coating = t3.headerRows().get(0).get(0);
        assertEquals("Organic coating", coating.text());
        assertEquals(2, coating.rowSpan());
        assertEquals("", t3.headerRows().get(1).get(0).text());
        // every row covers all grid columns
        for (Table t : tables) {
            int columns = t.columnCount();
            for (List<Table.Cell> row : concat(t.headerRows(), t.bodyRows())) {
                assertEquals(columns, row.stream().mapToInt(Table.Cell::columnSpan).sum(), "Table " + t.label());
            }
        }
    }

    private static void compare(String where, List<List<String>> gold, List<List<String>> actual, int[] score,
                                List<String> misses) {
        for (int r = 0; r < gold.size(); r++) {
            for (int c = 0; c < gold.get(r).size(); c++) {
                String expected = normalise(gold.get(r).get(c));
                String got = r < actual.size() && c < actual.get(r).size() ? normalise(actual.get(r).get(c)) : null;
                score[0]++;
                if (expected.equals(got)) {
                    score[1]++;
                } else {
                    misses.add(String.format("%s r%d c%d: expected [%s] got [%s]", where, r + 1, c + 1, expected, got));
                }
            }
        }
        if (actual.size() > gold.size()) {
            misses.add(where + ": " + (actual.size() - gold.size()) + " extra rows");
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Table table(String label) {
        return tables.stream().filter(t -> label.equals(t.label())).findFirst()
                .orElseThrow(() -> new AssertionError("Table " + label + " not found"));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
