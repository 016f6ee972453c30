package org.simine.extract.table;

/**
 * A rectangle of elementary grid positions that forms one printed cell (0-based, inclusive).
 *
 * @param r0 first row
 * @param r1 last row
 * @param c0 first column
 * @param c1 last column
 */
record GridCell(int r0, int r1, int c0, int c1) {
    GridCell withLastRow(int r) {
        return new GridCell(r0, r, c0, c1);
    }

    boolean sameColumns(GridCell other) {
        return c0 == other.c0 && c1 == other.c1;
    }
}
