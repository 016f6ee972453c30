package org.simine.extract.table;

import java.util.List;
import java.util.Objects;

/**
 * A table as read from a paper: the grid of cell texts, split into header rows and body rows.
 * Produced by the PDF table layer, consumed by table interpretation (header semantics → records).
 *
 * @param label      the label as printed after "Table" ("2", "S1", "II"), or null when uncaptioned
 * @param caption    the caption text, without the label
 * @param page       1-based page where the table starts (null for non-PDF sources)
 * @param headerRows header rows, top to bottom
 * @param bodyRows   body rows, top to bottom; a multi-line cell is one cell
 */
public record Table(String label, String caption, Integer page, List<List<Cell>> headerRows,
                    List<List<Cell>> bodyRows) {
    public Table {
        caption = caption == null ? "" : caption;
        headerRows = headerRows.stream().map(List::copyOf).toList();
        bodyRows = bodyRows.stream().map(List::copyOf).toList();
    }

    /** Builds a table from plain cell texts (one column span each, no geometry), e.g. from a TSV. */
    public static Table ofTexts(String label, String caption, Integer page, List<List<String>> headerRows,
                                List<List<String>> bodyRows) {
        return new Table(label, caption, page, cells(headerRows, 1), cells(bodyRows, 1));
    }

    private static List<List<Cell>> cells(List<List<String>> rows, int firstRow) {
        List<List<Cell>> out = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new java.util.ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.add(new Cell(rows.get(r).get(c), firstRow + r, c + 1, 1, null));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * One cell.
     *
     * @param text       the cell text, whitespace collapsed; "" for an empty cell
     * @param row        1-based row within its part (header or body)
     * @param column     1-based first column
     * @param columnSpan number of grid columns the cell covers (≥ 1)
     * @param box        where it sits on the page, or null when unknown
     */
    public record Cell(String text, int row, int column, int columnSpan, Box box) {
        public Cell {
            Objects.requireNonNull(text, "text");
            if (columnSpan < 1) {
                throw new IllegalArgumentException("column span must be at least 1, got " + columnSpan);
            }
        }
    }

    /** A rectangle in PDF user space (points, origin at the page's top-left, y growing downwards). */
    public record Box(double x0, double y0, double x1, double y1) {
    }
}
