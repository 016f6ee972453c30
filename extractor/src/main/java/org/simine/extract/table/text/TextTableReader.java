package org.simine.extract.table.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.table.CellMarkup;
import org.simine.extract.table.Table;

/**
 * Reads the tables of a plain-text export: a caption line {@code Table N caption}, optional blank lines, then
 * the rows as consecutive lines of tab-separated cells (the layout of the review's text version). Cell markup
 * is normalised with {@link CellMarkup}.
 *
 * <p>Header rows: the first row, plus each following row that starts with an empty cell and prints no digit
 * (a sub-header under spanning group headers, like Table 3's "Function"). A text export says nothing else
 * about headers; a body row always has a number or a name in its first cell. Columns empty in every row are
 * dropped (text exports keep empty columns the typeset table does not print); short rows are padded.
 */
public final class TextTableReader {
    private static final Pattern CAPTION =
            Pattern.compile("^\\s*Table\\s+([A-Z]?\\d+[a-z]?|[IVXL]+)\\s*[.:|]?\\s+(\\S.*)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private TextTableReader() {
    }

    /** The tables found in {@code text}, in order; a caption not followed by at least two tab-separated rows is skipped. */
    public static List<Table> read(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher caption = CAPTION.matcher(lines.get(i));
            if (!caption.matches() || caption.group(2).indexOf('\t') >= 0) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            List<List<String>> rows = new ArrayList<>();
            for (; j < lines.size() && lines.get(j).indexOf('\t') >= 0; j++) {
                rows.add(cells(lines.get(j)));
            }
            if (rows.size() >= 2) {
                tables.add(table(caption.group(1), CellMarkup.normalise(caption.group(2)), rows));
                i = j - 1;
            }
        }
        return List.copyOf(tables);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(CellMarkup.normalise(cell));
        }
        return cells;
    }

    private static Table table(String label, String caption, List<List<String>> rows) {
        List<List<String>> grid = dropEmptyColumns(rows);
        int headerRows = 1;
        while (headerRows < grid.size() - 1 && isSubHeader(grid.get(headerRows))) {
            headerRows++;
        }
        return Table.ofTexts(label, caption, null, grid.subList(0, headerRows), grid.subList(headerRows, grid.size()));
    }

    private static boolean isSubHeader(List<String> row) {
        return row.get(0).isEmpty() && row.stream().noneMatch(c -> DIGIT.matcher(c).find());
    }

    private static List<List<String>> dropEmptyColumns(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            final int column = c;
            if (rows.stream().anyMatch(r -> column < r.size() && !r.get(column).isEmpty())) {
                kept.add(c);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(kept.stream().map(c -> c < row.size() ? row.get(c) : "").toList());
        }
        return out;
    }
}
