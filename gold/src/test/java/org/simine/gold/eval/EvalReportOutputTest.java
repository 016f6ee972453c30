package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.simine.gold.eval.Fixtures.fromTable;
import static org.simine.gold.eval.Fixtures.gold;
import static org.simine.gold.eval.Fixtures.ice;
import static org.simine.gold.eval.Fixtures.rct;
import static org.simine.gold.eval.Fixtures.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.gold.GoldRecord;
import org.simine.model.Record;

class EvalReportOutputTest {
    private static final double EPS = 1e-12;

    /*
     * Gold: T1 BM-Si ICE 74, T1 Si NP ICE 45, T2 Mn-doped Si R_ct 59.
     * Predictions: #0 BM-Si 74 (table 1, exact), #1 Si NP 45.3 (table 1, 0.67 % off), #2 Si NW 73 (text).
     * strict:   tp=1 (BM-Si) fp=2 (#1, #2) fn=2 (Si NP, Mn) → P = 1/3, R = 1/3, F1 = 1/3
     * tolerant: tp=2 fp=1 (#2) fn=1 (Mn)                      → P = 2/3, R = 2/3, F1 = 2/3
     * tolerant tables: 1 → tp=2 (F1 1); 2 → fn=1 (F1 0); text → fp=1. Macro tables = 0.5.
     * tolerant properties: ICE tp=2 fp=1 → P=2/3 R=1 F1=0.8; R_ct fn=1 → 0. Macro = 0.4.
     */
    private static EvalReport report() {
        List<GoldRecord> gold = List.of(
                gold("T1-R01-ice", "1", ice("BM-Si", 74)),
                gold("T1-R02-ice", "1", ice("Si NP", 45)),
                gold("T2-R01-rct", "2", rct("Mn-doped Si", 59)));
        List<Record> predicted = List.of(
                fromTable("1", ice("BM-Si", 74)), fromTable("1", ice("Si NP", 45.3)), text(ice("Si NW", 73)));
        return new Evaluator().evaluate(gold, predicted);
    }

    @Test
    void handComputedNumbers() {
        EvalReport r = report();
        assertEquals(new Score(1, 2, 2), r.strict().micro());
        assertEquals(new Score(2, 1, 1), r.tolerant().micro());
        assertEquals(0.5, r.tolerant().macroTables().f1(), EPS);
        assertEquals(0.4, r.tolerant().macroProperties().f1(), EPS);
    }

    @Test
    void markdownShowsTheNumbersAndTheErrors() {
        String md = report().toMarkdown();
        assertTrue(md.contains("| strict | 0.333 | 0.333 | 0.333 | 1 | 2 | 2 | "), md);
        assertTrue(md.contains("| tolerant | 0.667 | 0.667 | 0.667 | 2 | 1 | 1 | 0.500 | 0.400 |"), md);
        assertTrue(md.contains("| 2 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0 | 0 | 1 |"), md);
        assertTrue(md.contains("| text |"), md);
        assertTrue(md.contains("| initial_coulombic_efficiency | "), md);
        assertTrue(md.contains("- T2-R01-rct (table 2, row 1): `Mn-doped Si` charge_transfer_resistance 59 Ohm "
                + "[strict, tolerant]"), md);
        assertTrue(md.contains("- T1-R02-ice (table 1, row 1): `Si NP` initial_coulombic_efficiency 45 % [strict]"),
                md);
        assertTrue(md.contains("- #2 (text): `Si NW` initial_coulombic_efficiency 73 %"), md);
        assertTrue(md.contains("- #1 (table 1): `Si NP` initial_coulombic_efficiency 45.3 %"), md);
        assertTrue(md.indexOf("## Misses") < md.indexOf("## False positives"));
    }

    @Test
    void summaryMarkdownHasTheScoresButNotTheLists() {
        String md = report().toSummaryMarkdown();
        assertTrue(md.contains("| tolerant | 0.667 | 0.667 | 0.667 | 2 | 1 | 1 | 0.500 | 0.400 |"), md);
        assertTrue(md.contains("| 2 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0 | 0 | 1 |"), md);
        assertTrue(!md.contains("## Misses") && !md.contains("## Per property"), md);
    }

    @Test
    void markdownCapsLongLists() {
        List<GoldRecord> gold = new ArrayList<>();
        for (int i = 0; i < ReportMarkdown.MAX_LISTED + 7; i++) {
            gold.add(gold("G" + i, "1", ice("Si", 10 + i)));
        }
        String md = new Evaluator().evaluate(gold, List.of()).toMarkdown();
        assertTrue(md.contains("- G49 "), md);
        assertTrue(!md.contains("- G50 "), md);
        assertTrue(md.contains("… and 7 more"), md);
    }

    @Test
    void jsonHasStableFieldsAndTheNumbers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report().toJson());
        JsonNode strictMicro = root.at("/strict/micro");
        assertEquals(1, strictMicro.get("tp").asInt());
        assertEquals(2, strictMicro.get("fp").asInt());
        assertEquals(2, strictMicro.get("fn").asInt());
        assertEquals(1.0 / 3, strictMicro.get("precision").asDouble(), EPS);
        assertEquals(1.0 / 3, strictMicro.get("recall").asDouble(), EPS);
        assertEquals(1.0 / 3, strictMicro.get("f1").asDouble(), EPS);
        assertEquals(2.0 / 3, root.at("/tolerant/micro/f1").asDouble(), EPS);
        assertEquals(0.5, root.at("/tolerant/macro_tables/f1").asDouble(), EPS);
        assertEquals(0.4, root.at("/tolerant/macro_properties/f1").asDouble(), EPS);
        assertEquals(1, root.at("/tolerant/tables/text/fp").asInt());
        assertEquals(1.0, root.at("/tolerant/tables/1/f1").asDouble(), EPS);
        assertEquals(0.8, root.at("/tolerant/properties/initial_coulombic_efficiency/f1").asDouble(), EPS);
        assertEquals(0.01, root.at("/options/relative_tolerance").asDouble());
        assertEquals(3, root.get("gold").asInt());

        JsonNode misses = root.get("misses");
        assertEquals(2, misses.size());
        assertEquals("T1-R02-ice", misses.get(0).get("id").asText());
        assertEquals("[\"strict\"]", misses.get(0).get("modes").toString());
        assertEquals("T2-R01-rct", misses.get(1).get("id").asText());
        assertEquals("[\"strict\",\"tolerant\"]", misses.get(1).get("modes").toString());
        assertEquals(59.0, misses.get(1).at("/record/value").asDouble());

        JsonNode fps = root.get("false_positives");
        assertEquals(2, fps.size());
        assertEquals(1, fps.get(0).get("index").asInt());
        assertEquals("1", fps.get(0).get("table").asText());
        assertEquals("text", fps.get(1).get("table").asText());
        assertEquals("Si NW", fps.get(1).at("/record/material").asText());
    }

    @Test
    void flatScoresRoundTripThroughJson() {
        EvalReport r = report();
        assertEquals(r.scores(), EvalReport.scoresFromJson(r.toJson()));
        assertEquals(2.0 / 3, r.scores().get("tolerant.micro.f1"), EPS);
        assertEquals(0.0, r.scores().get("tolerant.tables.2.f1"));
        assertEquals(0.5, r.scores().get("tolerant.macro_tables.f1"), EPS);
        assertEquals(0.8, r.scores().get("tolerant.properties.initial_coulombic_efficiency.f1"), EPS);
        assertEquals(1.0 / 3, r.scores().get("strict.micro.precision"), EPS);
        assertThrows(IllegalArgumentException.class, () -> EvalReport.scoresFromJson("{\"strict\":{}}"));
        assertThrows(IllegalArgumentException.class, () -> EvalReport.scoresFromJson("not json"));
    }
}
