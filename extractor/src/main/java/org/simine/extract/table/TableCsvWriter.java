package org.simine.extract.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes tables as RFC 4180 CSV grids, header rows first. A cell spanning columns is written in its first
 * column, followed by empty fields; a row-spanning cell's continuation rows hold empty fields. Several
 * tables are separated by an empty line, each one introduced by a line {@code # Table <label> (page
 * <n>): <caption>}, which CSV readers must skip.
 */
public final class TableCsvWriter implements TableWriter {
    @Override
    public void write(List<Table> tables, Appendable out) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (i > 0) {
                out.append("\r\n");
            }
            out.append("# Table ").append(t.label() == null ? "?" : t.label());
            if (t.page() != null) {
                out.append(" (page ").append(String.valueOf(t.page())).append(')');
            }
            out.append(": ").append(t.caption().replace('\n', ' ')).append("\r\n");
            writeGrid(t, out);
        }
    }

    /** Writes one table's grid, without the introducing line. */
    public void writeGrid(Table table, Appendable out) throws IOException {
        int columns = table.columnCount();
        List<List<String>> rows = new ArrayList<>(Table.grid(table.headerRows(), columns));
        rows.addAll(Table.grid(table.bodyRows(), columns));
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                out.append(field(row.get(c)));
            }
            out.append("\r\n");
        }
    }

    static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith("#");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
