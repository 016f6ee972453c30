package org.simine.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.model.Record;

/**
 * Checks the gold data against the seed text of the review: re-reads the six tables straight from the seed,
 * applies the normalisation documented in SOURCE.md (implemented here independently of how the TSV files were
 * made) and compares cell by cell; then checks that every number of every gold record is printed in the row
 * it names.
 */
class SeedTablesTest {
    static final String SEED_NAME = "000_c76b6b6f1e7802de.txt";
    static final char MINUS = '\u2212';
    /** U+223C TILDE OPERATOR, the approximately sign the typeset PDF prints for both ~ and \\sim. */
    static final char TILDE = '\u223c';

    /** label -> caption, rows (header and body) of the table as read from the seed. */
    record SeedTable(String label, String caption, List<List<String>> rows) {
    }

    static Map<String, SeedTable> seed;
    static GoldSet gold;

    static Path seedFile;

    @BeforeAll
    static void readSeed() throws IOException {
        Path shared = Path.of(System.getProperty("simine.shared", "../../shared"));
        seedFile = shared.resolve("seed").resolve(SEED_NAME);
        if (Files.isRegularFile(seedFile)) {
            seed = parseSeed(Files.readAllLines(seedFile, StandardCharsets.UTF_8));
        }
        gold = GoldSet.review();
    }

    /** Skips the calling test, naming the missing path, when the seed text is absent. */
    private static void requireSeed() {
        Assumptions.assumeTrue(seed != null,
                "seed text of the review not found at " + seedFile.toAbsolutePath() + " (set -Dsimine.shared)");
    }

    // ------------------------------------------------------------------------------------------ seed parsing

    static Map<String, SeedTable> parseSeed(List<String> lines) {
        Map<String, SeedTable> out = new LinkedHashMap<>();
        Pattern caption = Pattern.compile("^Table (\\d+) (.*)$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = caption.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            List<List<String>> rows = new ArrayList<>();
            while (j < lines.size() && lines.get(j).indexOf('\t') >= 0) {
                List<String> cells = new ArrayList<>();
                for (String c : lines.get(j).split("\t", -1)) {
                    cells.add(normalise(c));
                }
                rows.add(cells);
                j++;
            }
            String label = m.group(1);
            if (label.equals("3")) {
                // The text version has an empty sixth column the typeset table does not print.
                for (List<String> r : rows) {
                    assertTrue(r.size() < 6 || r.get(5).isEmpty(), "table 3 column 6 not empty in seed row " + r);
                    if (r.size() >= 6) {
                        r.remove(5);
                    }
                }
            }
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            for (List<String> r : rows) {
                while (r.size() < width) {
                    r.add("");
                }
            }
            out.put(label, new SeedTable(label, normalise(m.group(2)), rows));
        }
        return out;
    }

    private static final String SCRIPT_CHARS = "⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉₊₋";
    private static final String SCRIPT_PLAIN = "+\u22120123456789" + "0123456789+\u2212";

    /** The normalisation of SOURCE.md, section "Normalisation of tables/*.tsv". */
    static String normalise(String s) {
        s = s.replaceAll("\\s*</?[A-Za-z]+>\\s*", "");
        s = s.replace("$", "");
        s = s.replace('~', TILDE);
        s = s.replaceAll("\\\\sim\\s*", TILDE + " ");
        s = s.replace("\\%", "%");
        s = s.replace("\\times", "\u00d7"); // only running text uses it (line 317); the tables print ×
        String prev;
        do {
            prev = s;
            s = s.replaceAll("\\\\text\\{([^{}]*)\\}", "$1");
            s = replace(s, "\\s*\\^\\{([^{}]*)\\}", m -> m.group(1).replace('-', MINUS));
            s = s.replaceAll("\\s*_\\{([^{}]*)\\}(?:\\s+(?=[A-Za-z]))?", "$1");
        } while (!s.equals(prev));
        s = replace(s, "\\s*\\^([^\\s{])", m -> m.group(1).replace('-', MINUS));
        s = s.replaceAll("\\s*_([^\\s{])", "$1");
        s = replace(s, "\\s*([" + SCRIPT_CHARS + "])",
                m -> String.valueOf(SCRIPT_PLAIN.charAt(SCRIPT_CHARS.indexOf(m.group(1).charAt(0)))));
        s = s.replaceAll("\\s+", " ").strip();
        s = s.replace(" ,", ",");
        return s;
    }

    private static String replace(String s, String regex, java.util.function.Function<Matcher, String> f) {
        Matcher m = Pattern.compile(regex).matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ----------------------------------------------------------------------------------------------- tables

    @Test
    void normalisationExamples() {
        assertEquals("RCT (Ohm)", normalise("R_{CT} (Ohm)"));
        assertEquals("1.90×10\u221213", normalise("1.90×10^{-13}"));
        assertEquals("\u223c 10\u22127", normalise("$\\sim 10^{-7}$"));
        assertEquals("Ga12.6Sn1.0", normalise("Ga _{12.6} Sn _{1.0}"));
        assertEquals("PAA-P(HEA-co-DMA)", normalise("PAA-P(HEA- <i>co</i> -DMA)"));
        assertEquals("5 A g\u22121, \u223c46%", normalise("5 A g ⁻¹ , ~46%"));
        assertEquals("DLi+ (cm2 s\u22121)", normalise("D_{Li^+} ($\\text{cm}^2 \\text{ s}^{-1}$)"));
        assertEquals("2C, 1000 cycles, \u223c 1500 mA h g\u22121",
                normalise("2C, 1000 cycles, $\\sim 1500 \\text{ mA h g}^{-1}$"));
        assertEquals("Li-OR, LiO2COR", normalise("Li-OR , LiO_2COR"));
        assertEquals("5.5 \u00d7 10\u22122 S cm\u22121", normalise("$5.5 \\times 10^{-2} \\text{ S cm}^{-1}$"));
    }

    @Test
    void sixTablesWithSeventyThreeBodyRows() {
        requireSeed();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), List.copyOf(seed.keySet()), "tables in the seed");
        assertEquals(seed.keySet().stream().toList(), gold.tables().stream().map(GoldTable::label).toList());
        int body = 0;
        Map<String, Integer> perTable = new LinkedHashMap<>();
        for (GoldTable t : gold.tables()) {
            int n = seed.get(t.label()).rows().size() - t.headerRows().size();
            perTable.put(t.label(), n);
            body += n;
        }
        assertEquals(Map.of("1", 9, "2", 17, "3", 13, "4", 9, "5", 14, "6", 11), perTable);
        assertEquals(73, body);
    }

    @Test
    void tsvFilesMatchTheSeedCellByCell() {
        requireSeed();
        for (GoldTable t : gold.tables()) {
            SeedTable s = seed.get(t.label());
            assertEquals(s.caption(), t.caption(), "caption of table " + t.label());
            List<List<String>> goldRows = new ArrayList<>(t.headerRows());
            goldRows.addAll(t.bodyRows());
            assertEquals(s.rows().size(), goldRows.size(), "rows of table " + t.label());
            for (int r = 0; r < goldRows.size(); r++) {
                assertEquals(s.rows().get(r).size(), goldRows.get(r).size(),
                        "cells in table " + t.label() + " line " + (r + 1));
                for (int c = 0; c < goldRows.get(r).size(); c++) {
                    assertEquals(s.rows().get(r).get(c), goldRows.get(r).get(c),
                            "table " + t.label() + " line " + (r + 1) + " column " + (c + 1));
                }
            }
        }
    }

    @Test
    void tsvFilesOnDiskMatchTheSeed() throws IOException {
        requireSeed();
        // The files in the source tree (what the PDF-table layer compares against), not only the classpath copy.
        Path dir = Path.of("review-ees2025", "v1", "tables");
        assertTrue(Files.isDirectory(dir), "gold tables folder " + dir.toAbsolutePath());
        for (SeedTable s : seed.values()) {
            List<String> lines = Files.readAllLines(dir.resolve("table-" + s.label() + ".tsv"), StandardCharsets.UTF_8);
            List<List<String>> rows = lines.stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
            assertEquals(s.rows(), rows, "table-" + s.label() + ".tsv");
        }
    }

    // ---------------------------------------------------------------------------------------------- numbers

    /** All numbers printed in the cells, with 1.90×10−13 read as 1.9e-13 and 10−8 as 1e-8. */
    static List<Double> numbers(List<String> cells) {
        return cells.stream().flatMap(cell -> SeedNumbers.in(cell).stream()).toList();
    }

    @Test
    void numberReading() {
        assertEquals(List.of(1.9e-13, 3.94e-14), numbers(List.of("1.90×10\u221213", "3.94×10\u221214")));
        assertEquals(List.of(1e-8, 1e-10), numbers(List.of("10\u22128 – 10\u221210")));
        assertEquals(List.of(6e-6, 50.0), numbers(List.of("6×10\u22126 (50 °C)")));
        assertEquals(List.of(0.28, 0.33), numbers(List.of("0.28–0.33")));
    }

    private static boolean contains(List<Double> printed, double v) {
        return printed.stream().anyMatch(p -> Math.abs(p - v) <= 1e-9 * Math.max(Math.abs(p), Math.abs(v)));
    }

    @Test
    void everyGoldNumberIsPrintedInItsRow() {
        requireSeed();
        List<String> problems = new ArrayList<>();
        for (GoldRecord g : gold.records()) {
            GoldTable t = gold.table(g.table()).orElseThrow();
            List<String> row = seed.get(g.table()).rows().get(t.headerRows().size() + g.row() - 1);
            // Numbers of the row without its last column (Ref.), and of the value's own cell.
            List<Double> inRow = numbers(row.subList(0, row.size() - 1));
            List<Double> inCell = numbers(List.of(row.get(g.record().source().column() - 1)));
            Record r = g.record();
            Map<String, Double> fromCell = new LinkedHashMap<>();
            fromCell.put("value", r.value());
            fromCell.put("value_max", r.valueMax());
            fromCell.put("factor", r.factor());
            fromCell.put("temperature", r.temperature());
            fromCell.put("rate", r.rate() == null ? null : r.rate().value());
            fromCell.put("cycles", r.cycles() == null ? null : r.cycles().doubleValue());
            Map<String, Double> fromRow = new LinkedHashMap<>();
            fromRow.put("baseline", r.baseline());
            fromRow.put("dopant_value", r.dopant() == null ? null : r.dopant().value());
            fromCell.forEach((field, v) -> {
                if (v != null && !contains(inCell, v)) {
                    problems.add(g.id() + ": " + field + " " + v + " is not printed in seed cell '"
                            + row.get(r.source().column() - 1) + "'");
                }
            });
            fromRow.forEach((field, v) -> {
                if (v != null && !contains(inRow, v)) {
                    problems.add(g.id() + ": " + field + " " + v + " is not printed in seed row " + row);
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void rawMaterialRefAndApproxAgreeWithTheSeedRow() {
        requireSeed();
        for (GoldRecord g : gold.records()) {
            GoldTable t = gold.table(g.table()).orElseThrow();
            List<List<String>> rows = seed.get(g.table()).rows();
            int header = t.headerRows().size();
            List<String> row = rows.get(header + g.row() - 1);
            Record r = g.record();
            int column = r.source().column();
            assertEquals(row.get(column - 1), r.raw(), g.id() + " raw");
            assertEquals(r.raw().indexOf(TILDE) >= 0, r.approx(), g.id() + " approx vs '\u223c' in the cell");
            int refColumn = row.size() - 1;
            // Ref. is the last column; blank continuation cells inherit from the row above.
            String ref = inherited(rows, header, g.row(), refColumn);
            assertEquals(ref, g.ref(), g.id() + " ref");
            if (g.table().equals("2")) {
                String element = inherited(rows, header, g.row(), 0);
                List<String> elements = Arrays.stream(element.split(",")).map(String::strip).toList();
                assertEquals(elements, r.dopant().elements(), g.id() + " dopant elements");
                assertEquals(String.join(",", elements) + "-doped Si", r.material(), g.id() + " material");
            } else {
                assertEquals(row.get(0), r.material(), g.id() + " material");
            }
        }
    }

    private static String inherited(List<List<String>> rows, int header, int bodyRow, int column) {
        for (int i = header + bodyRow - 1; i >= header; i--) {
            String c = rows.get(i).get(column);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }
}
