package org.simine.extract.table;

import java.util.List;

/**
 * One row of a table's grid while it is built: its vertical extent and its text lines.
 *
 * @param y0     top (points)
 * @param y1     bottom (points)
 * @param lines  the text lines inside, top to bottom
 * @param header whether the row is known to be a header row from the rules (above a booktabs midrule)
 */
record GridRow(double y0, double y1, List<TextLine> lines, boolean header) {
    GridRow {
        lines = List.copyOf(lines);
    }

    boolean isBold() {
        return !lines.isEmpty() && lines.stream().allMatch(TextLine::isBold);
    }
}
