package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.index.document.PaperDetails;
import org.simine.index.document.PaperDetails.Reference;
import org.simine.index.document.PaperDetails.TableGrid;
import org.simine.model.Source;

/**
 * What a table value means to a reader: the table's caption, the column's header, the whole row, and the
 * paper(s) the row cites in its "Ref." column with their entries of the reference list. A row continuing a
 * cited group (its Ref. cell empty, as under a row-spanning cell) takes the nearest reference above it, and
 * says so ({@code reference_from_row}).
 */
final class TableContext {
    private static final Pattern REF_HEADER = Pattern.compile("(?i)refs?\\.?|references?|ref\\. no\\.?");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d{1,4})(?:\\s*[–—-]\\s*(\\d{1,4}))?");
    /** A range wider than this in a Ref. cell is not a list of references. */
    static final int MAX_RANGE = 30;

    private TableContext() {
    }

    /** The context of a table record, or null when the paper's details hold no table for it. */
    static ObjectNode of(PaperDetails details, Source source) {
        if (source.row() == null || source.column() == null) {
            return null;
        }
        TableGrid table = details.table(source.table(), source.page());
        if (table == null || source.row() < 1 || source.row() > table.body().size()) {
            return null;
        }
        int column = source.column() - 1;
        List<String> row = table.body().get(source.row() - 1);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (table.label() != null) {
            out.put("label", table.label());
        }
        out.put("caption", table.caption());
        if (table.page() != null) {
            out.put("page", table.page());
        }
        out.put("row_number", source.row()).put("column_number", source.column())
                .put("column_header", columnHeader(table, column));
        ArrayNode headers = out.putArray("headers");
        for (int c = 0; c < row.size(); c++) {
            headers.add(columnHeader(table, c));
        }
        ArrayNode cells = out.putArray("row");
        row.forEach(cells::add);
        int refColumn = referenceColumn(table);
        if (refColumn >= 0) {
            int from = source.row() - 1;
            while (from >= 0 && cell(table.body().get(from), refColumn).isBlank()) {
                from--;
            }
            if (from >= 0) {
                String cited = cell(table.body().get(from), refColumn);
                out.put("reference_cell", cited);
                if (from != source.row() - 1) {
                    out.put("reference_from_row", from + 1);
                }
                ArrayNode refs = out.putArray("references");
                for (int n : numbers(cited)) {
                    ObjectNode ref = refs.addObject().put("number", n);
                    Reference entry = details.reference(n);
                    if (entry != null) {
                        ref.put("text", entry.text());
                        if (entry.doi() != null) {
                            ref.put("doi", entry.doi());
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The header of a grid column: the texts of every header row above it, top first; a header row that is blank at
     * the column but spans it from the left (a group header such as "Function") gives the text on its left.
     */
    static String columnHeader(TableGrid table, int column) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = 0; r < table.header().size(); r++) {
            List<String> header = table.header().get(r);
            String text = cell(header, column);
            boolean last = r == table.header().size() - 1;
            if (text.isBlank() && !last) {
                for (int c = column - 1; c >= 0 && text.isBlank(); c--) {
                    text = cell(header, c);
                    if (!text.isBlank() && !cell(table.header().get(r + 1), c).isBlank()
                            && cell(table.header().get(r + 1), column).isBlank()) {
                        text = ""; // a column of its own on the left, not a group over this one
                        break;
                    }
                }
            }
            if (!text.isBlank()) {
                parts.add(text.strip());
            }
        }
        return String.join(" · ", parts);
    }

    private static int referenceColumn(TableGrid table) {
        for (List<String> header : table.header()) {
            for (int c = 0; c < header.size(); c++) {
                if (REF_HEADER.matcher(header.get(c).strip()).matches()) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Reference numbers of a cell: "93", "163, 164 and 179", "180–182". */
    static List<Integer> numbers(String cell) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER_OR_RANGE.matcher(cell);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || to - from > MAX_RANGE) {
                out.add(from); // not a range of references: two numbers ("1–900" is no list of 900)
                if (m.group(2) != null) {
                    out.add(to);
                }
                continue;
            }
            for (int n = from; n <= to; n++) {
                out.add(n);
            }
        }
        return out;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column) : "";
    }
}
