package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.read.TextNormaliser;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

/** Data-driven test of the statement reader's linking steps: every row of {@code statement-cases.tsv}. */
class StatementCasesTest {
    private static final String CASES = "/statement-cases.tsv";
    private static TextRecordExtractor extractor;

    record Case(int line, String rule, String sentence, List<String> cells) {
        boolean negative() {
            return cells.get(0).equals("NONE");
        }

        @Override
        public String toString() {
            return "line " + line + " " + rule + (negative() ? " (negative)" : "");
        }
    }

    @BeforeAll
    static void load() {
        extractor = TextRecordExtractor.create();
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = StatementCasesTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, "missing " + CASES);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(lines[i].split("\t", -1));
                assertTrue(cells.size() == 3 || cells.size() == 11, CASES + ":" + (i + 1) + ": 3 or 11 columns");
                cases.add(new Case(i + 1, cells.get(0), cells.get(1), cells.subList(2, cells.size())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentenceGivesExpectedRecord(Case c) {
        String text = TextNormaliser.normalise(c.sentence());
        List<Record> records = extractor.extract(new Document("test:doc", Path.of("case.txt"), null, null,
                List.of(new Page(1, text)), false));
        if (c.negative()) {
            assertEquals(List.of(), records, "no record expected from: " + c.sentence());
            return;
        }
        double value = Double.parseDouble(c.cells().get(1));
        List<Record> matching = records.stream().filter(r -> r.value() != null
                && Math.abs(r.value() - value) <= Math.abs(value) * 1e-9).toList();
        assertEquals(1, matching.size(), "one record with value " + value + " among " + records);
        Record r = matching.get(0);
        assertEquals(c.rule(), r.source().rule(), "rule id");
        assertEquals(Property.fromId(c.cells().get(0)), r.property(), "property");
        assertEquals(Unit.fromSymbol(c.cells().get(2)), r.unit(), "unit");
        String rate = c.cells().get(3);
        assertEquals(rate.equals("-") ? null : Rate.of(Double.parseDouble(rate.split(" ")[0]),
                RateUnit.fromSymbol(rate.split(" ")[1])), r.rate(), "rate");
        String cycles = c.cells().get(4);
        assertEquals(cycles.equals("-") ? null : Integer.valueOf(cycles), r.cycles(), "cycles");
        String baseline = c.cells().get(5);
        assertEquals(baseline.equals("-") ? null : Double.valueOf(baseline), r.baseline(), "baseline");
        assertEquals(c.cells().get(6), r.material(), "material");
    }

    /** Every step named in the cases has a positive and a negative row. */
    @Test
    void everyStepHasPositiveAndNegativeCases() throws IOException {
        List<Case> all = cases().toList();
        Set<String> positive = all.stream().filter(c -> !c.negative()).map(Case::rule).collect(Collectors.toSet());
        Set<String> negative = all.stream().filter(Case::negative).map(Case::rule).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(positive);
        missing.removeAll(negative);
        Set<String> unmatched = new TreeSet<>(negative);
        unmatched.removeAll(positive);
        missing.addAll(unmatched);
        assertEquals(Set.of(), missing, "steps without both a positive and a negative case");
    }
}
