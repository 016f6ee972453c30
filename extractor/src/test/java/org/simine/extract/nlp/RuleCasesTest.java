package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.read.TextNormaliser;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

/** Data-driven rule test: every row of {@code rule-cases.tsv} is one case. */
class RuleCasesTest {
    private static final String CASES = "/rule-cases.tsv";
    private static final Pattern RULE_ID = Pattern.compile("\\brule:\\s*\"([^\"]+)\"");
    private static TextRecordExtractor extractor;

    record Case(int line, String rule, String sentence, List<String> expected) {
        boolean negative() {
            return expected.get(0).equals("NONE");
        }

        String cell(int i) {
            return expected.get(i);
        }

        @Override
        public String toString() {
            String s = sentence.length() > 60 ? sentence.substring(0, 57) + "..." : sentence;
            return "line " + line + " " + rule + (negative() ? " (negative) " : " ") + s;
        }
    }

    @BeforeAll
    static void loadExtractor() {
        extractor = TextRecordExtractor.create();
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = RuleCasesTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, "missing " + CASES);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#") || line.startsWith("rule\t")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (cells.size() != 3 && cells.size() != 11 && cells.size() != 12) {
                    fail(CASES + ":" + (i + 1) + ": expected 3 (negative), 11 or 12 (positive) columns, got "
                            + cells.size());
                }
                cases.add(new Case(i + 1, cells.get(0), cells.get(1), cells.subList(2, cells.size())));
            }
        }
        return cases;
    }

    static Stream<Arguments> caseArguments() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseArguments")
    void sentenceGivesExpectedRecord(Case c) {
        List<Record> records = extract(c.sentence());
        if (c.negative()) {
            assertEquals(List.of(), records, "no record expected from: " + c.sentence());
            return;
        }
        Double value = absentOr(c.cell(1), Double::valueOf);
        // Coordinated values give one record per value from one match: the row names which one by its value.
        List<Record> fromRule = records.stream().filter(r -> r.source().rule().equals(c.rule()))
                .filter(r -> value == null ? r.value() == null : r.value() != null
                        && Math.abs(r.value() - value) <= Math.abs(value) * 1e-9).toList();
        assertEquals(1, fromRule.size(), "records of rule " + c.rule() + " with value " + value + " among " + records);
        Record r = fromRule.get(0);
        assertEquals(Property.fromId(c.cell(0)), r.property(), "property");
        Double factor = c.expected().size() > 9 ? absentOr(c.cell(9), Double::valueOf) : null;
        if (factor == null) {
            assertEquals(null, r.factor(), "factor");
        } else {
            assertNotNull(r.factor(), "factor");
            assertEquals(factor, r.factor(), Math.abs(factor) * 1e-9, "factor");
        }
        assertEquals(Unit.fromSymbol(c.cell(2)), r.unit(), "unit");
        assertEquals(rate(c.cell(3)), r.rate(), "rate");
        assertEquals(absentOr(c.cell(4), Integer::valueOf), r.cycles(), "cycles");
        Double baseline = absentOr(c.cell(5), Double::valueOf);
        if (baseline == null) {
            assertEquals(null, r.baseline(), "baseline");
        } else {
            assertNotNull(r.baseline(), "baseline");
            assertEquals(baseline, r.baseline(), Math.abs(baseline) * 1e-9, "baseline");
        }
        assertEquals(absentOr(c.cell(6), s -> s), r.material(), "material");
        assertEquals(c.cell(7).equals("approx"), r.approx(), "approx");
        assertEquals(absentOr(c.cell(8), s -> s), r.comparator(), "comparator");
        assertEquals(c.rule(), r.source().rule(), "rule id");
    }

    /** A rule without a positive and a negative example is untested: fail until the TSV has both. */
    @Test
    void everyRuleHasPositiveAndNegativeCases() throws IOException {
        Set<String> ruleIds = ruleIdsInRuleFiles();
        assertTrue(ruleIds.size() >= 10, "expected the tuple rules, found " + ruleIds);
        List<Case> cases = cases();
        Set<String> positive = cases.stream().filter(c -> !c.negative()).map(Case::rule).collect(Collectors.toSet());
        Set<String> negative = cases.stream().filter(Case::negative).map(Case::rule).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String id : ruleIds) {
            if (!positive.contains(id)) {
                missing.add(id + " (no positive case)");
            }
            if (!negative.contains(id)) {
                missing.add(id + " (no negative case)");
            }
        }
        assertEquals(Set.of(), missing, "add cases to " + CASES);
        Set<String> unknown = cases.stream().map(Case::rule).filter(id -> !ruleIds.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "cases name rules that the rule files do not have");
    }

    /** The part of a rule id before the dot must be a model property: it becomes the record's property. */
    @Test
    void ruleIdsNameModelProperties() throws IOException {
        for (String id : ruleIdsInRuleFiles()) {
            assertTrue(RecordAssembler.property(id).isPresent(), id + " does not start with a property id");
        }
    }

    static Set<String> ruleIdsInRuleFiles() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String file : KineticsRules.RULE_FILES) {
            try (InputStream in = RuleCasesTest.class.getResourceAsStream(KineticsRules.RULES_DIRECTORY + file)) {
                assertNotNull(in, "missing rule file " + file);
                Matcher m = RULE_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    assertTrue(ids.add(m.group(1)), "rule id used twice: " + m.group(1));
                }
            }
        }
        return ids;
    }

    static List<Record> extract(String sentence) {
        String text = TextNormaliser.normalise(sentence);
        Document document = new Document("test:doc", Path.of("case.txt"), null, null, List.of(new Page(1, text)), false);
        return extractor.extract(document);
    }

    private static Rate rate(String cell) {
        if (cell.equals("-")) {
            return null;
        }
        String[] parts = cell.split(" ", 2);
        return Rate.of(Double.parseDouble(parts[0]), RateUnit.fromSymbol(parts[1]));
    }

    private static <T> T absentOr(String cell, java.util.function.Function<String, T> parse) {
        return cell.equals("-") ? null : parse.apply(cell);
    }
}
