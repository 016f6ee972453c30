package org.simine.extract.read.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simine.extract.table.CellMarkup;
import org.simine.extract.table.Table;

/**
 * A markup table (HTML/JATS {@code tr}/{@code td}, CALS {@code row}/{@code entry}) as a {@link Table}: cells are
 * placed on the grid with their column and row spans, the rows under a row-spanning cell get the empty
 * continuation cells the interpreter expects, and cell text is normalised as the PDF table layer prints it
 * ({@link CellMarkup}: {@code 10^{-13}} → {@code 10−13}).
 */
final class GridTable {
    /**
     * One cell as written.
     *
     * @param column 0-based column the markup pins the cell to (CALS {@code colname}/{@code namest}), or -1 for
     *               the next free one
     */
    record RawCell(String text, int columnSpan, int rowSpan, int column) {
        RawCell {
            columnSpan = Math.max(1, Math.min(columnSpan, 1000));
            rowSpan = Math.max(1, Math.min(rowSpan, 10_000));
        }

        RawCell(String text, int columnSpan, int rowSpan) {
            this(text, columnSpan, rowSpan, -1);
        }
    }

    private GridTable() {
    }

    /**
     * @param header rows of the header part, top to bottom
     * @param body   rows of the body
     */
    static Table of(String label, String caption, List<List<RawCell>> header, List<List<RawCell>> body) {
        return new Table(label, caption == null ? "" : CellMarkup.normalise(caption), null, place(header),
                place(body));
    }

    /** Places one part's rows; a row span never reaches into another part. */
    private static List<List<Table.Cell>> place(List<List<RawCell>> rows) {
        List<List<Table.Cell>> out = new ArrayList<>();
        // column → rows still covered by a cell from above, and that cell's column span
        Map<Integer, int[]> covered = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Table.Cell> row = new ArrayList<>();
            int column = 0;
            for (RawCell cell : rows.get(r)) {
                if (cell.column() >= 0) {
                    column = Math.max(column, cell.column());
                }
                column = continuations(covered, column, r, row);
                int rowSpan = Math.min(cell.rowSpan(), rows.size() - r);
                row.add(new Table.Cell(CellMarkup.normalise(cell.text()), r + 1, column + 1, cell.columnSpan(),
                        rowSpan, null));
                if (rowSpan > 1) {
                    covered.put(column, new int[] {rowSpan - 1, cell.columnSpan()});
                }
                column += cell.columnSpan();
            }
            continuations(covered, column, r, row, true);
            out.add(row);
        }
        return out;
    }

    /** Adds continuation cells at {@code column} while one is due there; returns the next free column. */
    private static int continuations(Map<Integer, int[]> covered, int column, int r, List<Table.Cell> row) {
        int c = column;
        while (covered.containsKey(c)) {
            c = continuation(covered, c, r, row);
        }
        return c;
    }

    /** The continuation cells due at or right of {@code column} after the row's last cell. */
    private static void continuations(Map<Integer, int[]> covered, int column, int r, List<Table.Cell> row,
                                      boolean rest) {
        for (Integer c : covered.keySet().stream().filter(k -> k >= column).sorted().toList()) {
            continuation(covered, c, r, row);
        }
    }

    private static int continuation(Map<Integer, int[]> covered, int c, int r, List<Table.Cell> row) {
        int[] left = covered.get(c);
        row.add(new Table.Cell("", r + 1, c + 1, left[1], 1, null));
        if (--left[0] == 0) {
            covered.remove(c);
        }
        return c + left[1];
    }
}
