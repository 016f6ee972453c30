package org.simine.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.model.Property;
import org.simine.model.Record;

/**
 * Keeps the prose labels honest: re-reads the seed text and checks that every {@code prose.csv} row quotes its
 * line verbatim (after {@link SeedTablesTest#normalise the table normalisation}) and that its numbers are the
 * ones printed there.
 */
class SeedProseTest {
    static final char MINUS = SeedTablesTest.MINUS;
    static List<String> normalisedLines;
    static Path seedFile;
    static final List<ProseRecord> PROSE = GoldSet.review().prose();

    @BeforeAll
    static void readSeed() throws IOException {
        Path shared = Path.of(System.getProperty("simine.shared", "../../shared"));
        seedFile = shared.resolve("seed").resolve(SeedTablesTest.SEED_NAME);
        if (Files.isRegularFile(seedFile)) {
            normalisedLines = Files.readAllLines(seedFile, StandardCharsets.UTF_8).stream()
                    .map(l -> l.indexOf('\t') >= 0 ? null : SeedTablesTest.normalise(l)).toList();
        }
    }

    private static void requireSeed() {
        Assumptions.assumeTrue(normalisedLines != null,
                "seed text of the review not found at " + seedFile.toAbsolutePath() + " (set -Dsimine.shared)");
    }

    /** The normalised seed line, or null for a table line (tab-separated). */
    private static String line(int n) {
        return n <= normalisedLines.size() ? normalisedLines.get(n - 1) : null;
    }

    // --------------------------------------------------------------------------------------------- numbers

    /** The numbers printed in a text, with 5.5 × 10−2 read as 0.055 and 10−14 as 1e-14. */
    static List<Double> numbers(String text) {
        return SeedNumbers.in(text);
    }

    /** Factor of the canonical unit to the printed one: mS cm−1 is 1e-3 S/cm; everything else is canonical. */
    static double scale(String raw) {
        return raw.contains("mS cm" + MINUS + "1") ? 1e-3 : 1;
    }

    private static final Pattern ORDERS = Pattern.compile("(\\d+) orders of magnitude");
    private static final Pattern DECREASE = Pattern.compile("(\\d+(?:\\.\\d+)?)% decrease");

    /** The factor a relative phrase states: 10^N for "N orders of magnitude", 1 − N/100 for "N% decrease". */
    static List<Double> factors(String raw) {
        Matcher orders = ORDERS.matcher(raw);
        if (orders.find()) {
            return List.of(Math.pow(10, Integer.parseInt(orders.group(1))));
        }
        Matcher decrease = DECREASE.matcher(raw);
        if (decrease.find()) {
            return List.of(BigDecimal.ONE.subtract(new BigDecimal(decrease.group(1)).movePointLeft(2)).doubleValue());
        }
        return numbers(raw);
    }

    private static boolean contains(List<Double> printed, double v, double scale) {
        return printed.stream().anyMatch(p -> Math.abs(p * scale - v) <= 1e-9 * Math.max(Math.abs(p * scale), Math.abs(v)));
    }

    @Test
    void numberReading() {
        assertEquals(List.of(0.055, 1.0), numbers("5.5 × 10\u22122 S cm\u22121"));
        assertEquals(List.of(1e-14, 1e-13, 2.0, 1.0), numbers("10\u221214 – 10\u221213 cm2 s\u22121"));
        assertEquals(List.of(1e5), factors("5 orders of magnitude"));
        assertEquals(List.of(0.3), factors("Approximately 70% decrease"));
        assertEquals(List.of(8.8), factors("8.8 times increase"));
        assertEquals(1e-3, scale("11.3 mS cm\u22121"));
    }

    // ------------------------------------------------------------------------------------------------ rows

    @Test
    void everyQuoteIsVerbatimOnItsLine() {
        requireSeed();
        List<String> problems = new ArrayList<>();
        for (ProseRecord p : PROSE) {
            String text = line(p.line());
            if (text == null) {
                problems.add(p.id() + ": line " + p.line() + " is a table row or beyond the seed");
            } else if (!text.contains(p.quote())) {
                problems.add(p.id() + ": quote '" + p.quote() + "' is not on line " + p.line());
            }
            if (!p.id().startsWith(String.format("P-L%03d-", p.line()))) {
                problems.add(p.id() + ": id does not name line " + p.line());
            }
        }
        report(problems);
    }

    @Test
    void everyNumberIsPrintedWhereTheRowSays() {
        requireSeed();
        List<String> problems = new ArrayList<>();
        for (ProseRecord p : PROSE) {
            Record r = p.record();
            String raw = r.raw();
            String text = line(p.line());
            if (text == null) {
                continue; // reported by everyQuoteIsVerbatimOnItsLine
            }
            List<Double> inRaw = numbers(raw);
            if (r.value() != null && !contains(inRaw, r.value(), scale(raw))) {
                problems.add(p.id() + ": value " + r.value() + " is not printed in raw '" + raw + "'");
            }
            if (r.valueMax() != null && !contains(inRaw, r.valueMax(), scale(raw))) {
                problems.add(p.id() + ": value_max " + r.valueMax() + " is not printed in raw '" + raw + "'");
            }
            if (r.factor() != null && !contains(factors(raw), r.factor(), 1)) {
                problems.add(p.id() + ": factor " + r.factor() + " is not stated by raw '" + raw + "'");
            }
            List<Double> onLine = numbers(text);
            Map<String, Double> conditions = new java.util.LinkedHashMap<>();
            conditions.put("rate", r.rate() == null ? null : r.rate().value());
            conditions.put("cycles", r.cycles() == null ? null : r.cycles().doubleValue());
            conditions.put("baseline", r.baseline());
            conditions.put("temperature", r.temperature());
            conditions.put("dopant_value", r.dopant() == null ? null : r.dopant().value());
            conditions.forEach((field, v) -> {
                if (v != null && !contains(onLine, v, 1)) {
                    problems.add(p.id() + ": " + field + " " + v + " is not printed on line " + p.line());
                }
            });
            if (r.rate() != null && !contains(numbers(p.quote()), r.rate().value(), 1)) {
                problems.add(p.id() + ": rate " + r.rate() + " is not in the quote");
            }
        }
        report(problems);
    }

    @Test
    void approxComparatorAndMaterialAgreeWithTheText() {
        requireSeed();
        List<String> problems = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        int read = 0;
        for (ProseRecord p : PROSE) {
            Record r = p.record();
            String raw = r.raw();
            boolean approxPrinted = raw.indexOf(SeedTablesTest.TILDE) >= 0 || raw.toLowerCase().contains("approximately");
            if (approxPrinted != r.approx()) {
                problems.add(p.id() + ": approx " + r.approx() + " but raw is '" + raw + "'");
            }
            String comparator = raw.startsWith("over ") ? ">" : raw.startsWith("below ") ? "<" : null;
            if (!java.util.Objects.equals(comparator, r.comparator())) {
                problems.add(p.id() + ": comparator " + r.comparator() + " but raw is '" + raw + "'");
            }
            // The material must be printed on or before its line (the reader resolves it backwards).
            for (; read < p.line(); read++) {
                String l = normalisedLines.get(read);
                before.append(l == null ? "" : l).append('\n');
            }
            if (r.material() != null && !before.toString().contains(r.material())
                    && !p.gold().note().contains("material paraphrased")) {
                problems.add(p.id() + ": material '" + r.material() + "' is not printed up to line " + p.line());
            }
        }
        report(problems);
    }

    @Test
    void rowsAreInSeedOrder() {
        for (int i = 1; i < PROSE.size(); i++) {
            assertTrue(PROSE.get(i - 1).line() <= PROSE.get(i).line(), PROSE.get(i).id() + " is out of line order");
        }
    }

    @Test
    void countsMatchSourceMd() {
        Map<Property, Integer> perProperty = new EnumMap<>(Property.class);
        PROSE.forEach(p -> perProperty.merge(p.record().property(), 1, Integer::sum));
        assertEquals(Map.of(Property.CAPACITY_RETENTION, 36, Property.LI_DIFFUSION_COEFFICIENT, 5,
                Property.INITIAL_COULOMBIC_EFFICIENCY, 4, Property.ELECTRONIC_CONDUCTIVITY, 4,
                Property.IONIC_CONDUCTIVITY, 4, Property.SPECIFIC_CAPACITY, 2, Property.LI_MIGRATION_BARRIER, 2,
                Property.CHARGE_TRANSFER_RESISTANCE, 1, Property.CYCLING_STABILITY, 1), perProperty);
        assertEquals(59, PROSE.size());
        assertEquals(27, PROSE.stream().mapToInt(ProseRecord::line).distinct().count());
        Map<ProseRecord.Binding, Integer> perBinding = new EnumMap<>(ProseRecord.Binding.class);
        PROSE.forEach(p -> perBinding.merge(p.binding(), 1, Integer::sum));
        assertEquals(Map.of(ProseRecord.Binding.SENTENCE, 53, ProseRecord.Binding.PARAGRAPH, 4,
                ProseRecord.Binding.NONE, 2), perBinding);
        assertEquals(6, PROSE.stream().filter(p -> p.record().value() == null).count(), "factor-only records");
    }

    private static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }
}
