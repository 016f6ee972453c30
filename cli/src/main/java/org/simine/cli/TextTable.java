package org.simine.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell up to a cap, longer cells cut with an ellipsis. */
final class TextTable {
    private final List<String> headers;
    private final int[] caps;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    /** @param caps the widest each column may get */
    TextTable(List<String> headers, int... caps) {
        if (headers.size() != caps.length) {
            throw new IllegalArgumentException("one cap per column");
        }
        this.headers = List.copyOf(headers);
        this.caps = caps.clone();
    }

    /** Adds a row and the lines printed, indented, under it (snippets). */
    void add(List<String> cells, List<String> under) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
        notes.add(List.copyOf(under));
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(caps[i], headers.get(i).length());
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Math.min(caps[i], row.get(i).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        for (int r = 0; r < rows.size(); r++) {
            line(sb, rows.get(r), widths);
            for (String note : notes.get(r)) {
                sb.append("      ").append(note).append('\n');
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cut(cells.get(i), widths[i]);
            line.append(cell).append(" ".repeat(widths[i] - cell.length()));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }
}
