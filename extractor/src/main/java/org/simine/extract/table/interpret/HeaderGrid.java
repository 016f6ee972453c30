package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.simine.extract.table.Table;

/**
 * The header rows as a grid of texts, with which cells are group headers (cover more than one column).
 *
 * <p>A cell with a column span covers each of its columns. Tables without geometry (built from texts) mark a
 * span by leaving the cells right of a group header empty above sub-headers, so such an empty cell takes the
 * group header on its left. A column's path is its group headers top to bottom, then its own header: the
 * non-group cells of the column joined by a space, since a header printed over two lines
 * ("Rate" / "performance") is one header.
 */
final class HeaderGrid {
    private final String[][] text;
    private final boolean[][] group;

    private HeaderGrid(String[][] text, boolean[][] group) {
        this.text = text;
        this.group = group;
    }

    static HeaderGrid of(Table table, int width) {
        int rows = table.headerRows().size();
        String[][] text = new String[rows][width];
        boolean[][] group = new boolean[rows][width];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(text[r], "");
            for (Table.Cell cell : table.headerRows().get(r)) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan() && c <= width; c++) {
                    text[r][c - 1] = cell.text().strip();
                    group[r][c - 1] = cell.columnSpan() > 1;
                }
            }
        }
        for (int r = 0; r < rows - 1; r++) {
            for (int c = 1; c < width; c++) {
                if (text[r][c].isEmpty() && !text[r][c - 1].isEmpty() && hasTextBelow(text, r, c)
                        && hasTextBelow(text, r, c - 1)) {
                    text[r][c] = text[r][c - 1];
                    group[r][c] = true;
                    group[r][c - 1] = true;
                }
            }
        }
        return new HeaderGrid(text, group);
    }

    private static boolean hasTextBelow(String[][] text, int row, int column) {
        for (int r = row + 1; r < text.length; r++) {
            if (!text[r][column].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Group headers of the 0-based column top to bottom, then its own (joined) header; empty when none. */
    List<String> path(int column) {
        List<String> path = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (int r = 0; r < text.length; r++) {
            String t = text[r][column];
            if (t.isEmpty()) {
                continue;
            }
            if (group[r][column]) {
                if (!path.contains(t)) {
                    path.add(t);
                }
            } else {
                own.add(t);
            }
        }
        if (!own.isEmpty()) {
            path.add(String.join(" ", own));
        }
        return path;
    }
}
