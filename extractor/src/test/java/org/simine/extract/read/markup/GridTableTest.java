package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.table.Table;

class GridTableTest {
    private static GridTable.RawCell c(String text, int colspan, int rowspan) {
        return new GridTable.RawCell(text, colspan, rowspan);
    }

    @Test
    void rowAndColumnSpansBecomeSpansAndContinuationCells() {
        Table t = GridTable.of("3", "Organic coatings", List.of(
                List.of(c("Organic coating", 1, 2), c("Function", 2, 1), c("Rate performance", 1, 2)),
                List.of(c("Electronic conductivity", 1, 1), c("Li^+ migration", 1, 1))),
                List.of(List.of(c("PANI", 1, 2), c("\u2713", 1, 1), c("", 1, 1), c("3 A g^\u22121, ~44%", 1, 1)),
                        List.of(c("\u2713", 1, 1), c("\u2713", 1, 1), c("1C", 1, 1))));
        assertEquals(4, t.columnCount());
        assertEquals(List.of(List.of("Organic coating", "Function", "", "Rate performance"),
                List.of("", "Electronic conductivity", "Li+ migration", "")), Table.grid(t.headerRows(), 4));
        assertEquals(2, t.headerRows().get(0).get(1).columnSpan());
        assertEquals(2, t.headerRows().get(0).get(0).rowSpan());
        assertEquals(List.of(List.of("PANI", "\u2713", "", "3 A g\u22121, \u223c44%"), List.of("", "\u2713", "\u2713", "1C")),
                Table.grid(t.bodyRows(), 4));
    }

    @Test
    void calsColumnsPinCellsAndHugeSpansAreCapped() {
        Table t = GridTable.of(null, "", List.of(List.of(c("a", 1, 1), new GridTable.RawCell("c", 1, 1, 2))),
                List.of(List.of(c("1", 1_000_000, 1_000_000))));
        assertEquals(3, t.headerRows().get(0).get(1).column());
        assertEquals(1000, t.bodyRows().get(0).get(0).columnSpan());
        assertEquals(1, t.bodyRows().get(0).get(0).rowSpan());
    }
}
