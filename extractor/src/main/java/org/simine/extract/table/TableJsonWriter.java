package org.simine.extract.table;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes tables as a JSON array, one object per table: {@code label}, {@code caption}, {@code page},
 * {@code columns}, {@code header_rows} and {@code body_rows}, each row an array of cells with
 * {@code text}, {@code row}, {@code column}, {@code column_span}, {@code row_span} and {@code box}
 * ({@code [x0, y0, x1, y1]} in points from the page's top-left, or null). One row per line, so diffs
 * of two runs stay readable.
 */
public final class TableJsonWriter implements TableWriter {
    @Override
    public void write(List<Table> tables, Appendable out) throws IOException {
        out.append('[');
        for (int i = 0; i < tables.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            write(tables.get(i), out);
        }
        out.append(tables.isEmpty() ? "]\n" : "\n]\n");
    }

    private static void write(Table t, Appendable out) throws IOException {
        out.append("  {\"label\": ").append(string(t.label()))
                .append(", \"caption\": ").append(string(t.caption()))
                .append(", \"page\": ").append(t.page() == null ? "null" : String.valueOf(t.page()))
                .append(", \"columns\": ").append(String.valueOf(t.columnCount()))
                .append(",\n   \"header_rows\": ");
        rows(t.headerRows(), out);
        out.append(",\n   \"body_rows\": ");
        rows(t.bodyRows(), out);
        out.append('}');
    }

    private static void rows(List<List<Table.Cell>> rows, Appendable out) throws IOException {
        if (rows.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int r = 0; r < rows.size(); r++) {
            out.append(r == 0 ? "\n    [" : ",\n    [");
            List<Table.Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(", ");
                }
                cell(row.get(c), out);
            }
            out.append(']');
        }
        out.append("\n   ]");
    }

    private static void cell(Table.Cell c, Appendable out) throws IOException {
        out.append("{\"text\": ").append(string(c.text()))
                .append(", \"row\": ").append(String.valueOf(c.row()))
                .append(", \"column\": ").append(String.valueOf(c.column()))
                .append(", \"column_span\": ").append(String.valueOf(c.columnSpan()))
                .append(", \"row_span\": ").append(String.valueOf(c.rowSpan()))
                .append(", \"box\": ");
        Table.Box b = c.box();
        if (b == null) {
            out.append("null");
        } else {
            out.append(String.format(Locale.ROOT, "[%.2f, %.2f, %.2f, %.2f]", b.x0(), b.y0(), b.x1(), b.y1()));
        }
        out.append('}');
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
