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
     * One cell. Every row lists cells covering all its grid columns, left to right: a cell spanning
     * columns appears once with its {@code columnSpan}; a cell spanning rows appears with its text and
     * {@code rowSpan} in its first row, and the rows below it hold an empty continuation cell ("", row span
     * 1) at its columns, the way the gold tables write blank continuation cells.
     *
     * @param text       the cell text, whitespace collapsed; "" for an empty cell
     * @param row        1-based row within its part (header or body)
     * @param column     1-based first column
     * @param columnSpan number of grid columns the cell covers (≥ 1)
     * @param rowSpan    number of rows of its part the printed cell covers (≥ 1)
     * @param box        where it sits on the page, or null when unknown
     */
    public record Cell(String text, int row, int column, int columnSpan, int rowSpan, Box box) {
        public Cell {
            Objects.requireNonNull(text, "text");
            if (columnSpan < 1) {
                throw new IllegalArgumentException("column span must be at least 1, got " + columnSpan);
            }
            if (rowSpan < 1) {
                throw new IllegalArgumentException("row span must be at least 1, got " + rowSpan);
            }
        }

        /** A cell of one row. */
        public Cell(String text, int row, int column, int columnSpan, Box box) {
            this(text, row, column, columnSpan, 1, box);
        }
    }

    /** Number of grid columns: the widest row's covered columns (0 without rows). */
    public int columnCount() {
        int max = 0;
        for (List<List<Cell>> part : List.of(headerRows, bodyRows)) {
            for (List<Cell> row : part) {
                for (Cell c : row) {
                    max = Math.max(max, c.column() + c.columnSpan() - 1);
                }
            }
        }
        return max;
    }

    /**
     * The rows of one part as plain text, one string per grid column: a spanning cell's text in its first
     * column and "" in the others. This is the shape of the gold TSVs.
     */
    public static List<List<String>> grid(List<List<Cell>> rows, int columns) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (List<Cell> row : rows) {
            List<String> texts = new java.util.ArrayList<>(java.util.Collections.nCopies(columns, ""));
            for (Cell c : row) {
                if (c.column() >= 1 && c.column() <= columns) {
                    texts.set(c.column() - 1, c.text());
                }
            }
            out.add(texts);
        }
        return out;
    }

    /** A rectangle in PDF user space (points, origin at the page's top-left, y growing downwards). */
    public record Box(double x0, double y0, double x1, double y1) {
    }
}
