package org.simine.extract.table.interpret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.provider.Arguments;
import org.simine.extract.table.Table;
import org.simine.model.Dopant;
import java.math.BigDecimal;
import org.simine.model.Record;

/** Reads the data-driven case files and renders records compactly for comparison. */
final class TableCases {
    private TableCases() {
    }

    /** Rows of a tab-separated case file ({@code #} comments, blank lines skipped), each with {@code columns} cells. */
    static List<Arguments> rows(String resource, int columns) {
        InputStream in = TableCases.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " cells");
                }
                rows.add(Arguments.of((Object[]) cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A table from "a | b // c | d" rows; a single-column table gets a Sample column (material S1) in front. */
    static Table table(String header, String cells) {
        List<List<String>> head = grid(header);
        List<List<String>> body = grid(cells);
        if (head.get(0).size() == 1) {
            head = head.stream().map(r -> prepend("Sample", r)).toList();
            body = body.stream().map(r -> prepend("S1", r)).toList();
        }
        return Table.ofTexts("T", "", null, head, body);
    }

    private static List<List<String>> grid(String text) {
        return Arrays.stream(text.split("//", -1))
                .map(row -> Arrays.stream(row.split("\\|", -1)).map(String::strip).toList()).toList();
    }

    private static List<String> prepend(String first, List<String> row) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(row);
        return out;
    }

    static String render(List<Record> records) {
        return records.isEmpty() ? "none" : records.stream().map(TableCases::render).collect(Collectors.joining(" ; "));
    }

    static String render(Record r) {
        StringBuilder s = new StringBuilder(r.property().id());
        if (r.value() != null) {
            s.append(' ').append(number(r.value()));
            if (r.valueMax() != null) {
                s.append("..").append(number(r.valueMax()));
            }
            s.append(' ').append(r.unit());
        }
        if (r.approx()) {
            s.append(" ~");
        }
        if (r.comparator() != null) {
            s.append(' ').append(r.comparator());
        }
        append(s, "rate", r.rate());
        append(s, "cycles", r.cycles());
        append(s, "T", r.temperature() == null ? null : number(r.temperature()));
        append(s, "factor", r.factor() == null ? null : number(r.factor()));
        append(s, "baseline", r.baseline() == null ? null : number(r.baseline()));
        append(s, "material", "S1".equals(r.material()) ? null : r.material());
        append(s, "dopant", r.dopant() == null ? null : dopant(r.dopant()));
        return s.toString();
    }

    /** Shortest decimal; scientific ({@code 1e-10}, {@code 2.085e-4}) below 0.001. */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        if (Math.abs(v) >= 1e-3 || v == 0) {
            return d.toPlainString();
        }
        int exponent = d.precision() - d.scale() - 1;
        return d.scaleByPowerOfTen(-exponent).toPlainString() + "e" + exponent;
    }

    private static String dopant(Dopant d) {
        String elements = String.join(",", d.elements());
        return d.value() == null ? elements : elements + ":" + number(d.value()) + " " + d.unit();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(' ').append(name).append('=').append(value);
        }
    }
}
