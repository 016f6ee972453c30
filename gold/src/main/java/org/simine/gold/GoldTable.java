package org.simine.gold;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One table of the gold source, cell by cell as printed (after the normalisation described in the gold set's
 * {@code SOURCE.md}). All rows, header and body, have the same number of cells; blank cells are empty strings.
 *
 * @param label      table label as printed ("1" … "6")
 * @param caption    caption text without the "Table N" prefix
 * @param headerRows header rows, top to bottom (Table 3 of the review has two)
 * @param bodyRows   body rows, top to bottom; {@code bodyRows.get(0)} is body row 1
 */
public record GoldTable(String label, String caption, List<List<String>> headerRows, List<List<String>> bodyRows) {
    public GoldTable {
        Objects.requireNonNull(label, "label");
        caption = caption == null ? "" : caption;
        headerRows = headerRows.stream().map(List::copyOf).toList();
        bodyRows = bodyRows.stream().map(List::copyOf).toList();
    }

    /** Number of columns (0 for a table without rows). */
    public int columnCount() {
        if (!headerRows.isEmpty()) {
            return headerRows.get(0).size();
        }
        return bodyRows.isEmpty() ? 0 : bodyRows.get(0).size();
    }

    /** The cell at 1-based body row {@code row} and 1-based column {@code column}. */
    public String cell(int row, int column) {
        return bodyRows.get(row - 1).get(column - 1);
    }

    /**
     * The 1-based column whose cell in some header row equals {@code header} exactly, or empty when none does.
     * When several columns match, the leftmost wins.
     */
    public OptionalInt columnIndex(String header) {
        if (header == null || header.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int c = 0; c < columnCount(); c++) {
            for (List<String> h : headerRows) {
                if (header.equals(h.get(c))) {
                    return OptionalInt.of(c + 1);
                }
            }
        }
        return OptionalInt.empty();
    }
}
