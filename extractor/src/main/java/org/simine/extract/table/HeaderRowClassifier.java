package org.simine.extract.table;

import java.util.List;

/**
 * Decides how many of a table's top rows are header rows. At least one; more when the rules say so (every
 * row above a booktabs midrule), when a header cell spans rows into the next row ("Organic coating" beside
 * two header rows), when a header cell spans columns that the next row splits into sub-headers
 * ("Function" over four columns), or when the top rows are bold and the rest not.
 */
final class HeaderRowClassifier {
    private HeaderRowClassifier() {
    }

    /**
     * @param ruledRows whether every row has its own rules; otherwise the header rows are the ones above the
     *                  midrule (or the first row), and only the bold rule can add to them
     */
    static int headerRows(List<GridRow> rows, List<GridCell> cells, List<String> texts, boolean ruledRows) {
        if (rows.size() <= 1) {
            return rows.size();
        }
        int h = 1;
        while (h < rows.size() && rows.get(h).header()) {
            h++;
        }
        boolean changed = ruledRows;
        while (changed && h < rows.size()) {
            changed = false;
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.r0() < h && cell.r1() >= h && h < rows.size() - 1) {
                    h = cell.r1() + 1;
                    changed = true;
                } else if (cell.r1() == h - 1 && cell.c1() > cell.c0() && !texts.get(i).isEmpty()
                        && splitBelow(cells, texts, cell, h) && h < rows.size() - 1) {
                    h++;
                    changed = true;
                }
            }
        }
        int bold = 0;
        while (bold < rows.size() && rows.get(bold).isBold()) {
            bold++;
        }
        if (bold > h && bold < rows.size()) {
            h = bold;
        }
        return Math.min(h, rows.size() - 1);
    }

    /** Whether row {@code r} holds at least two non-empty cells inside the columns of {@code spanning}. */
    private static boolean splitBelow(List<GridCell> cells, List<String> texts, GridCell spanning, int r) {
        int count = 0;
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            if (c.r0() == r && c.c0() >= spanning.c0() && c.c1() <= spanning.c1() && !texts.get(i).isEmpty()) {
                count++;
            }
        }
        return count >= 2;
    }
}
