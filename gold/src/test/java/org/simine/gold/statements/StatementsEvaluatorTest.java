package org.simine.gold.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionFile;
import org.simine.gold.eval.RegressionResult;
import org.simine.gold.eval.Score;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

class StatementsEvaluatorTest {
    static final String HEADER = "id\tshape\ttext\texpected\n";

    /** Rows written as a statements file, so the tests read the same records the command does. */
    static final List<Statement> ROWS = StatementsFile.parse(HEADER
            + "S001\tis-value\tThe Rct of Si@NC–2 is 38.6 Ω.\t[{\"material\": \"Si@NC-2\", \"property\": "
            + "\"charge_transfer_resistance\", \"value\": 38.6, \"unit\": \"Ohm\", \"rate\": null, \"cycles\": null, "
            + "\"dopant\": null}]\n"
            + "S002\tretains-after\tSi/C-3 retains 85.2% after 500 cycles at 1 A g−1.\t[{\"material\": \"Si/C-3\", "
            + "\"property\": \"cycling_stability\", \"value\": 85.2, \"unit\": \"%\", \"rate\": {\"value\": 1.0, "
            + "\"unit\": \"A/g\"}, \"cycles\": 500, \"dopant\": null}]\n"
            + "S003\tdoped-with\tSi doped with 2 at% B shows D = 6.3 × 10−11 cm2 s−1.\t[{\"material\": \"B-doped Si\", "
            + "\"property\": \"li_diffusion_coefficient\", \"value\": 6.3e-11, \"unit\": \"cm^2/s\", \"rate\": null, "
            + "\"cycles\": null, \"dopant\": {\"elements\": [\"B\"], \"value\": 2, \"unit\": \"at%\"}}]\n"
            + "S176\tneg-theoretical-capacity\tSi has a theoretical capacity of 3579 mAh g−1.\t[]\n", "t.tsv");

    static Record.Builder predicted(String material, Property property, double value, Unit unit, String rule) {
        return Record.builder().doc("sha256:x").material(material).property(property).value(value).unit(unit)
                .source(Source.text(null, null, 0, 0, 10, "snippet", rule));
    }

    static Record rct(String material, double value) {
        return predicted(material, Property.CHARGE_TRANSFER_RESISTANCE, value, Unit.OHM, "rct.is").build();
    }

    static Record cycling(String material, double value, Rate rate, Integer cycles) {
        return predicted(material, Property.CYCLING_STABILITY, value, Unit.PERCENT, "cycling.after").rate(rate)
                .cycles(cycles).build();
    }

    static Record dli(String material, double value, Dopant dopant) {
        return predicted(material, Property.LI_DIFFUSION_COEFFICIENT, value, Unit.CM2_PER_S, "dli.is")
                .dopant(dopant).build();
    }

    static final Dopant B2 = Dopant.of(List.of("B"), 2.0, Unit.AT_PERCENT);

    static StatementsReport evaluate(Map<String, List<Record>> predicted) {
        return new StatementsEvaluator(0.01).evaluate(ROWS, predicted);
    }

    @Test
    void everyRecordFoundScoresOne() {
        StatementsReport r = evaluate(Map.of(
                "S001", List.of(rct("Si@NC-2", 38.6)),
                "S002", List.of(cycling("Si/C-3", 85.2, Rate.of(1, RateUnit.A_PER_G), 500)),
                "S003", List.of(dli("B-doped Si", 6.3e-11, B2))));
        for (MatchMode mode : MatchMode.values()) {
            assertEquals(new Score(3, 0, 0), r.mode(mode).micro(), mode.id());
        }
        assertEquals(new Score(1, 0, 0), r.strict().property(Property.CYCLING_STABILITY));
        assertEquals(new Score(1, 0, 0), r.strict().shape("doped-with"));
        assertEquals(Score.EMPTY, r.strict().shape("neg-theoretical-capacity"));
        assertEquals(0, r.negativeFalseRecords());
        assertEquals(0, r.noMaterial());
        assertTrue(r.misses().isEmpty() && r.falsePositives().isEmpty());
        assertEquals(4, r.rows());
        assertEquals(1, r.negativeRows());
        assertEquals(3, r.goldCount());
    }

    @Test
    void materialsAreComparedAfterNormalisationButMustAgree() {
        StatementsReport r = evaluate(Map.of(
                "S001", List.of(rct("si@nc – 2", 38.6)),           // case, spaces and an en dash: the same name
                "S002", List.of(cycling("Si/C-30", 85.2, Rate.of(1, RateUnit.A_PER_G), 500))));
        assertEquals(new Score(1, 1, 2), r.tolerant().micro());
        assertEquals(new Score(1, 0, 0), r.tolerant().property(Property.CHARGE_TRANSFER_RESISTANCE));
        assertEquals(new Score(0, 1, 1), r.tolerant().property(Property.CYCLING_STABILITY));
        StatementMiss miss = r.misses().get(0);
        assertEquals("S002", miss.row());
        assertEquals(List.of("material"), miss.mismatches());
        assertEquals("Si/C-30", miss.nearest().material());
        assertEquals(Set.of(MatchMode.STRICT, MatchMode.TOLERANT), miss.modes());
        assertEquals("S003", r.misses().get(1).row());
        assertNull(r.misses().get(1).nearest(), "nothing of that property was read");
        assertEquals("si@nc-2", StatementMatcher.normaliseMaterial("Si@NC\u22122"));
        assertEquals("si@nc-2", StatementMatcher.normaliseMaterial(" SI@NC\u2014\u20092 "));
    }

    @Test
    void aWrongRateCountsInStrictModeOnly() {
        StatementsReport r = evaluate(Map.of(
                "S002", List.of(cycling("Si/C-3", 85.2, Rate.of(0.5, RateUnit.A_PER_G), 500)),
                "S003", List.of(dli("B-doped Si", 6.35e-11, null))));     // within 1 %, but the dopant is missing
        assertEquals(new Score(2, 0, 1), r.tolerant().micro());
        assertEquals(new Score(0, 2, 3), r.strict().micro());
        StatementMiss rate = r.misses().stream().filter(m -> m.row().equals("S002")).findFirst().orElseThrow();
        assertEquals(Set.of(MatchMode.STRICT), rate.modes());
        assertEquals(List.of("rate"), rate.mismatches());
        StatementMiss dopant = r.misses().stream().filter(m -> m.row().equals("S003")).findFirst().orElseThrow();
        assertEquals(List.of("dopant"), dopant.mismatches());
        assertTrue(r.falsePositives().stream().allMatch(f -> f.modes().equals(Set.of(MatchMode.STRICT))));
        String md = r.toMarkdown();
        assertTrue(md.contains("- miss [strict]: expected `Si/C-3` cycling_stability 85.2 % at 1 A/g after 500 cycles"
                + " — got `Si/C-3` cycling_stability 85.2 % at 0.5 A/g after 500 cycles (rule cycling.after): rate "
                + "differs"), md);
    }

    @Test
    void aRecordOnANegativeRowIsAFalsePositiveAndOneWithoutMaterialNeverMatches() {
        Record theoretical = predicted("Si", Property.SPECIFIC_CAPACITY, 3579, Unit.MAH_PER_G, "capacity.of").build();
        Record anonymous = predicted(null, Property.CHARGE_TRANSFER_RESISTANCE, 38.6, Unit.OHM, "rct.is").build();
        StatementsReport r = evaluate(Map.of("S176", List.of(theoretical), "S001", List.of(anonymous)));
        assertEquals(1, r.negativeFalseRecords());
        assertEquals(1, r.negativeRowsWithRecords());
        assertEquals(1, r.noMaterial());
        assertEquals(new Score(0, 2, 3), r.tolerant().micro());
        assertEquals(new Score(0, 1, 0), r.tolerant().shape("neg-theoretical-capacity"));
        StatementFalsePositive fp = r.falsePositives().stream().filter(f -> f.row().equals("S176")).findFirst()
                .orElseThrow();
        assertEquals("capacity.of", fp.rule());
        assertFalse(fp.noMaterial());
        assertTrue(r.falsePositives().stream().filter(f -> f.row().equals("S001")).findFirst().orElseThrow()
                .noMaterial());
        assertEquals(1.0, r.scores().get(StatementsReport.NEGATIVES_KEY));
        assertEquals(1.0, r.scores().get(StatementsReport.NO_MATERIAL_KEY));
        String md = r.toMarkdown();
        assertTrue(md.contains("- Negatives: 1 false records on 1 of 1 rows that expect none."), md);
        assertTrue(md.contains("- false positive, no material: (no material) charge_transfer_resistance 38.6 Ohm "
                + "(rule rct.is)"), md);
        assertTrue(md.contains("### S176 · neg-theoretical-capacity\n\n> Si has a theoretical capacity"), md);
    }

    @Test
    void matchingIsOneToOneWithinARow() {
        Record a = rct("Si@NC-2", 38.6);
        StatementsReport r = evaluate(Map.of("S001", List.of(a, a), "S002", List.of(rct("Si@NC-2", 38.6))));
        assertEquals(new Score(1, 2, 2), r.tolerant().micro(), "a duplicate, and a record of another row, are false");
    }

    @Test
    void predictionsForAnUnknownRowAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> evaluate(Map.of("S999", List.of(rct("Si", 1)))));
    }

    @Test
    void regressionScoresPinMicroPropertiesAndTheTwoCounts() throws Exception {
        StatementsReport r = evaluate(Map.of("S001", List.of(rct("Si@NC-2", 38.6)), "S176",
                List.of(rct("Si", 2))));
        Map<String, Double> pinned = r.regressionScores();
        assertTrue(pinned.containsKey("strict.micro.f1"));
        assertTrue(pinned.containsKey("tolerant.properties.cycling_stability.recall"));
        assertFalse(pinned.keySet().stream().anyMatch(k -> k.contains(".shapes.")), "shapes are not pinned");
        assertTrue(r.scores().containsKey("tolerant.shapes.is-value.f1"));
        assertEquals(1.0, pinned.get("negatives.false_records"));

        RegressionFile file = RegressionFile.of(pinned, 0.01);
        assertTrue(Regression.check(pinned, file, "dev-statements.json").passed());
        // one more false record on a negative row: the count rose, which fails even though it is a "gain" in number
        StatementsReport worse = evaluate(Map.of("S001", List.of(rct("Si@NC-2", 38.6)), "S176",
                List.of(rct("Si", 2), rct("Si", 3))));
        RegressionResult rose = Regression.check(worse.regressionScores(), file, "dev-statements.json");
        assertFalse(rose.passed());
        assertTrue(rose.lines().contains("FAIL negatives.false_records expected 1 actual 2 delta +1 rose"),
                rose.lines().toString());
        // none on it: an improvement, to be written into the file
        StatementsReport better = evaluate(Map.of("S001", List.of(rct("Si@NC-2", 38.6))));
        RegressionResult fell = Regression.check(better.regressionScores(), file, "dev-statements.json");
        assertTrue(fell.lines().stream().anyMatch(l -> l.startsWith("UPDATE negatives.false_records expected 1 "
                + "actual 0 delta -1 improved")), fell.lines().toString());
    }

    @Test
    void theJsonReportCarriesScoresShapesAndEveryProblem() throws Exception {
        StatementsReport r = evaluate(Map.of("S002", List.of(cycling("Si/C-3", 85.2, null, 500))));
        JsonNode json = JsonMapper.builder().build().readTree(r.toJson());
        assertEquals(4, json.get("rows").asInt());
        assertEquals(3, json.get("gold").asInt());
        assertEquals(1, json.at("/tolerant/micro/tp").asInt());
        assertEquals(0, json.at("/strict/micro/tp").asInt());
        assertEquals(1, json.at("/tolerant/shapes/retains-after/rows").asInt());
        assertEquals(0, json.at("/negatives/false_records").asInt());
        assertEquals("S001", json.get("misses").get(0).get("row").asText(), "misses in row order");
        JsonNode miss = json.get("misses").get(1);
        assertEquals("S002", miss.get("row").asText());
        assertEquals("strict", miss.get("modes").get(0).asText());
        assertEquals("rate", miss.get("mismatches").get(0).asText());
        assertEquals("cycling.after", miss.at("/nearest/rule").asText());
        assertEquals(1.0, miss.at("/expected/rate/value").asDouble());
        JsonNode fp = json.get("false_positives").get(0);
        assertEquals("[\"strict\"]", fp.get("modes").toString(), "the tolerant match is a strict false positive");
        assertEquals("cycling.after", fp.get("rule").asText());
        assertFalse(fp.get("no_material").asBoolean());
    }
}
