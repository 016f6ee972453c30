package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.simine.gold.eval.Fixtures.fromTable;
import static org.simine.gold.eval.Fixtures.gold;
import static org.simine.gold.eval.Fixtures.ice;
import static org.simine.gold.eval.Fixtures.rct;
import static org.simine.gold.eval.Fixtures.retention;
import static org.simine.gold.eval.Fixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.gold.GoldRecord;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.SourceKind;
import org.simine.model.Unit;

class EvaluatorTest {
    private static final double EPS = 1e-12;
    private final Evaluator evaluator = new Evaluator();

    /** Three gold records over two tables and two properties. */
    private static final List<GoldRecord> GOLD = List.of(
            gold("T1-R01-ice", "1", ice("BM-Si", 74)),
            gold("T1-R02-ice", "1", ice("Si NP", 45)),
            gold("T2-R01-rct", "2", rct("Mn-doped Si", 59).baseline(101.0).dopant(Fixtures.dopant("Mn", 0.5))));

    private static Record t1(Record.Builder b) {
        return fromTable("1", b);
    }

    private static void assertScore(Score s, int tp, int fp, int fn) {
        assertEquals(new Score(tp, fp, fn), s);
    }

    /** The review states a table's value in its prose too (Table 4's Li2O 10^-7 S/cm): the cell keeps its match. */
    @Test
    void aTableValueIsMatchedToTheTableCellBeforeTheSameValueInTheText() {
        List<Record> predicted = List.of(text(ice("BM-Si", 74)), t1(ice("BM-Si", 74)));
        ModeReport m = evaluator.evaluate(GOLD.subList(0, 1), predicted).mode(MatchMode.STRICT);
        assertScore(m.table("1"), 1, 0, 0);
        assertEquals(1, m.falsePositives().size());
        assertEquals(SourceKind.TEXT, m.falsePositives().get(0).record().source().kind());
    }

    @Test
    void perfectPredictionsScoreOne() {
        List<Record> predicted = GOLD.stream().map(GoldRecord::record).toList();
        EvalReport r = evaluator.evaluate(GOLD, predicted);
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = r.mode(mode);
            assertScore(m.micro(), 3, 0, 0);
            assertEquals(1.0, m.micro().precision());
            assertEquals(1.0, m.micro().recall());
            assertEquals(1.0, m.micro().f1());
            assertEquals(1.0, m.macroTables().f1());
            assertEquals(2, m.macroTables().classes());
            assertEquals(1.0, m.macroProperties().f1());
            assertEquals(2, m.macroProperties().classes());
            assertScore(m.table("1"), 2, 0, 0);
            assertScore(m.table("2"), 1, 0, 0);
            assertTrue(m.misses().isEmpty());
            assertTrue(m.falsePositives().isEmpty());
            assertEquals(3, m.matches().size());
        }
    }

    @Test
    void emptyPredictions() {
        // tp=0 fp=0 fn=3: R = 0/3 = 0; P has a zero denominator with fn > 0, so P = 0 by convention; F1 = 0
        EvalReport r = evaluator.evaluate(GOLD, List.of());
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = r.mode(mode);
            assertScore(m.micro(), 0, 0, 3);
            assertEquals(0.0, m.micro().precision());
            assertEquals(0.0, m.micro().recall());
            assertEquals(0.0, m.micro().f1());
            assertEquals(0.0, m.macroTables().f1());
            assertEquals(List.of("T1-R01-ice", "T1-R02-ice", "T2-R01-rct"),
                    m.misses().stream().map(x -> x.gold().id()).toList());
        }
    }

    @Test
    void emptyGoldAndEmptyPredictionsIsPerfect() {
        EvalReport r = evaluator.evaluate(List.of(), List.of());
        assertEquals(1.0, r.strict().micro().f1());
        assertEquals(1.0, r.tolerant().macroTables().f1());
        assertEquals(0, r.tolerant().macroTables().classes());
        assertTrue(r.tolerant().tables().isEmpty());
    }

    @Test
    void valueBeyondTolerance() {
        // BM-Si 74 predicted as 75 (1.35 % off): a miss and a false positive in both modes.
        // tolerant: tp=2 (Si NP, Mn) fp=1 fn=1 → P = R = F1 = 2/3
        List<Record> predicted = List.of(t1(ice("BM-Si", 75)), t1(ice("Si NP", 45)), GOLD.get(2).record());
        ModeReport m = evaluator.evaluate(GOLD, predicted).tolerant();
        assertScore(m.micro(), 2, 1, 1);
        assertEquals(2.0 / 3, m.micro().f1(), EPS);
        assertEquals("T1-R01-ice", m.misses().get(0).gold().id());
        assertEquals(0, m.falsePositives().get(0).index());
        assertEquals("1", m.falsePositives().get(0).table());
    }

    @Test
    void valueWithinToleranceIsATolerantHitButAStrictMiss() {
        // BM-Si 74 predicted as 74.5 (0.68 % off)
        List<Record> predicted = List.of(t1(ice("BM-Si", 74.5)), t1(ice("Si NP", 45)), GOLD.get(2).record());
        EvalReport r = evaluator.evaluate(GOLD, predicted);
        assertScore(r.tolerant().micro(), 3, 0, 0);
        assertScore(r.strict().micro(), 2, 1, 1);
        assertEquals("T1-R01-ice", r.strict().misses().get(0).gold().id());
        assertEquals(74.5, r.strict().falsePositives().get(0).record().value());
    }

    @Test
    void wrongUnitIsAMissAndAFalsePositive() {
        List<GoldRecord> gold = List.of(GOLD.get(2));
        Record ohmCm2 = fromTable("2", Fixtures.record("Mn-doped Si", Property.CHARGE_TRANSFER_RESISTANCE, 59.0,
                Unit.OHM_CM2).dopant(Fixtures.dopant("Mn", 0.5)));
        EvalReport r = evaluator.evaluate(gold, List.of(ohmCm2));
        assertScore(r.strict().micro(), 0, 1, 1);
        assertScore(r.tolerant().micro(), 0, 1, 1);
    }

    @Test
    void duplicatePredictionIsAFalsePositive() {
        // one gold, the same prediction twice: tp=1 fp=1 fn=0 → P = 1/2, R = 1, F1 = 2*0.5*1/1.5 = 2/3
        List<GoldRecord> gold = List.of(GOLD.get(0));
        List<Record> predicted = List.of(t1(ice("BM-Si", 74)), t1(ice("BM-Si", 74)));
        EvalReport r = evaluator.evaluate(gold, predicted);
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = r.mode(mode);
            assertScore(m.micro(), 1, 1, 0);
            assertEquals(0.5, m.micro().precision(), EPS);
            assertEquals(1.0, m.micro().recall(), EPS);
            assertEquals(2.0 / 3, m.micro().f1(), EPS);
            assertEquals(0, m.matches().get(0).predictedIndex(), "the first of equal predictions is kept");
            assertEquals(1, m.falsePositives().get(0).index());
        }
    }

    @Test
    void onePredictionCannotMatchTwoGoldRecords() {
        // two gold rows print the same number for the same material; one prediction finds only one of them:
        // tp=1 fp=0 fn=1 → P = 1, R = 0.5
        List<GoldRecord> gold = List.of(gold("T1-R01", "1", ice("Si NP", 45)), gold("T1-R07", "1", ice("Si NP", 45)));
        ModeReport m = evaluator.evaluate(gold, List.of(t1(ice("Si NP", 45)))).tolerant();
        assertScore(m.micro(), 1, 0, 1);
        assertEquals("T1-R07", m.misses().get(0).gold().id());
    }

    @Test
    void wrongRateIsAMiss() {
        List<GoldRecord> gold = List.of(gold("T1-R01-rate", "1", retention("BM-Si", 30, 2.5)));
        EvalReport wrong = evaluator.evaluate(gold, List.of(t1(retention("BM-Si", 30, 1.0))));
        assertScore(wrong.tolerant().micro(), 0, 1, 1);
        EvalReport right = evaluator.evaluate(gold, List.of(t1(retention("BM-Si", 30, 2.5))));
        assertScore(right.tolerant().micro(), 1, 0, 0);
        Record noRate = t1(Fixtures.record("BM-Si", Property.CAPACITY_RETENTION, 30.0, Unit.PERCENT));
        assertScore(evaluator.evaluate(gold, List.of(noRate)).tolerant().micro(), 0, 1, 1);
        assertScore(new Evaluator(MatchOptions.defaults().withRequireConditions(false))
                .evaluate(gold, List.of(noRate)).tolerant().micro(), 1, 0, 0);
    }

    @Test
    void materialNormalisationInEvaluation() {
        List<GoldRecord> gold = List.of(
                gold("T4-R01-barrier", "4", Fixtures.record("Li_{2}O", Property.LI_MIGRATION_BARRIER, 0.33,
                        Unit.EV)),
                gold("T5-R01-ret", "5", Fixtures.record("PAA-P(HEA-<i>co</i>-DMA)", Property.CAPACITY_RETENTION,
                        80.0, Unit.PERCENT)));
        List<Record> predicted = List.of(
                text(Fixtures.record("PAA-P(HEA-co-DMA)", Property.CAPACITY_RETENTION, 80.0, Unit.PERCENT)),
                text(Fixtures.record("Li2O", Property.LI_MIGRATION_BARRIER, 0.33, Unit.EV)));
        EvalReport r = evaluator.evaluate(gold, predicted);
        assertScore(r.strict().micro(), 2, 0, 0);
        assertScore(r.tolerant().micro(), 2, 0, 0);
    }

    @Test
    void dopantBasedMatchingForDopedSi() {
        // Table 2 gold "Mn-doped Si" (Mn 0.5 %); the paper names the sample "Si0.995Mn0.005"
        List<GoldRecord> gold = List.of(GOLD.get(2));
        Record byDopant = text(rct("Si0.995Mn0.005", 59).dopant(Dopant.of(List.of("Mn"), 0.5, Unit.AT_PERCENT)));
        EvalReport r = evaluator.evaluate(gold, List.of(byDopant));
        assertScore(r.tolerant().micro(), 1, 0, 0);
        assertScore(r.strict().micro(), 0, 1, 1);

        Record wrongConcentration = text(rct("Si0.99Mn0.01", 59).dopant(Fixtures.dopant("Mn", 1.0)));
        assertScore(evaluator.evaluate(gold, List.of(wrongConcentration)).tolerant().micro(), 0, 1, 1);
        Record wrongElement = text(rct("Si0.995Ni0.005", 59).dopant(Fixtures.dopant("Ni", 0.5)));
        assertScore(evaluator.evaluate(gold, List.of(wrongElement)).tolerant().micro(), 0, 1, 1);
    }

    @Test
    void closestPredictionWinsAndGreedyAssignmentUsesBoth() {
        // gold A = 100, B = 101; p0 = 100.9 fits both (0.9 % from A, 0.1 % from B), p1 = 99.5 fits only A
        // (1.49 % from B). Taking pairs closest first: B–p0 (0.001), then A–p1 (0.005) → both found.
        // (First-come assignment would give A–p0 and leave B and p1 unmatched.)
        List<GoldRecord> gold = List.of(gold("A", "1", ice("Si", 100)), gold("B", "1", ice("Si", 101)));
        List<Record> predicted = List.of(t1(ice("Si", 100.9)), t1(ice("Si", 99.5)));
        ModeReport m = evaluator.evaluate(gold, predicted).tolerant();
        assertScore(m.micro(), 2, 0, 0);
        assertEquals(1, m.matches().get(0).predictedIndex(), "A gets p1");
        assertEquals(0, m.matches().get(1).predictedIndex(), "B gets p0");
    }

    @Test
    void exactMaterialIsPreferredOverContainment() {
        // "Si" is contained in "Si@C", so all four pairs are tolerant-compatible; exact names pair first.
        List<GoldRecord> gold = List.of(gold("Si", "1", ice("Si", 80)), gold("SiC", "1", ice("Si@C", 80)));
        List<Record> predicted = List.of(t1(ice("Si@C", 80)), t1(ice("Si", 80)));
        ModeReport m = evaluator.evaluate(gold, predicted).tolerant();
        assertEquals(1, m.matches().get(0).predictedIndex());
        assertEquals(0, m.matches().get(1).predictedIndex());
    }

    @Test
    void falsePositivesCountAgainstTheirSourceTable() {
        // gold: T1 two records, T2 one. Predictions: the two T1 records right; one extra from table "2"
        // (wrong value), one extra from text. The Mn gold is missed.
        List<Record> predicted = List.of(
                t1(ice("BM-Si", 74)), t1(ice("Si NP", 45)),
                fromTable("2", rct("Mn-doped Si", 80).dopant(Fixtures.dopant("Mn", 0.5))),
                text(ice("Si NW", 73)));
        ModeReport m = evaluator.evaluate(GOLD, predicted).tolerant();
        assertScore(m.micro(), 2, 2, 1);
        assertScore(m.table("1"), 2, 0, 0);
        assertScore(m.table("2"), 0, 1, 1);
        assertScore(m.table(TableLabels.TEXT), 0, 1, 0);
        assertEquals(List.of("1", "2", "text"), List.copyOf(m.tables().keySet()));
        // macro over tables 1 and 2 only: (1 + 0) / 2 = 0.5; with "text" it would be (1+0+0)/3
        assertEquals(0.5, m.macroTables().f1(), EPS);
        assertEquals(2, m.macroTables().classes());
        // per property: ICE tp=2 fp=1 (Si NW) → P=2/3 R=1; R_ct tp=0 fp=1 fn=1
        assertScore(m.property(Property.INITIAL_COULOMBIC_EFFICIENCY), 2, 1, 0);
        assertScore(m.property(Property.CHARGE_TRANSFER_RESISTANCE), 0, 1, 1);
        // macro over properties: ICE F1 = 2*(2/3)*1/(5/3) = 0.8, R_ct F1 = 0 → 0.4
        assertEquals(0.4, m.macroProperties().f1(), EPS);
    }

    @Test
    void bothModesListTheSameClasses() {
        // BM-Si 74.5 from text: in strict a false positive (text bucket) and a miss (table 1); in tolerant a
        // true positive. Si NP is found in both; the table-2 gold is missed in both. Tolerant has nothing
        // counted in "text", so it lists Score.EMPTY there, and the macro average leaves it out.
        List<Record> predicted = List.of(text(ice("BM-Si", 74.5)), t1(ice("Si NP", 45)));
        EvalReport r = evaluator.evaluate(GOLD, predicted);
        assertEquals(List.of("1", "2", "text"), List.copyOf(r.strict().tables().keySet()));
        assertEquals(List.of("1", "2", "text"), List.copyOf(r.tolerant().tables().keySet()));
        assertScore(r.strict().table("1"), 1, 0, 1);
        assertScore(r.strict().table(TableLabels.TEXT), 0, 1, 0);
        assertScore(r.tolerant().table("1"), 2, 0, 0);
        assertEquals(Score.EMPTY, r.tolerant().table(TableLabels.TEXT));
        // tolerant macro over tables 1 (F1 1) and 2 (F1 0) = 0.5
        assertEquals(0.5, r.tolerant().macroTables().f1(), EPS);
        assertEquals(List.copyOf(r.strict().properties().keySet()), List.copyOf(r.tolerant().properties().keySet()));
        assertTrue(r.toMarkdown().contains("| text | 0.000 | 0.000 | 0.000 | – | – | – | 0 | 0 | 0 |"),
                r.toMarkdown());
    }

    @Test
    void tableWithOnlyStrictFalsePositivesIsLeftOutOfTheTolerantMacro() {
        // gold: BM-Si ICE 74 (table 1), Mn R_ct (table 2). One prediction, BM-Si 74.5 read from the paper's
        // table "S2". strict: T1 fn=1, T2 fn=1, S2 fp=1 → macro = (0+0+0)/3 = 0.
        // tolerant: T1 tp=1 (F1 1), T2 fn=1 (F1 0), S2 nothing counted → macro over T1, T2 = 0.5
        // (averaging in S2's empty score of 1 would give 2/3).
        EvalReport r = evaluator.evaluate(List.of(GOLD.get(0), GOLD.get(2)), List.of(fromTable("S2",
                ice("BM-Si", 74.5))));
        assertEquals(0.0, r.strict().macroTables().f1());
        assertEquals(3, r.strict().macroTables().classes());
        assertEquals(Score.EMPTY, r.tolerant().table("S2"));
        assertEquals(0.5, r.tolerant().macroTables().f1(), EPS);
        assertEquals(2, r.tolerant().macroTables().classes());
    }

    @Test
    void truePositiveFromTextCountsForTheGoldTable() {
        ModeReport m = evaluator.evaluate(List.of(GOLD.get(0)), List.of(text(ice("BM-Si", 74)))).tolerant();
        assertScore(m.table("1"), 1, 0, 0);
        assertFalse(m.tables().containsKey(TableLabels.TEXT));
    }

    @Test
    void macroDiffersFromMicroOnAnUnbalancedExample() {
        // Table 1: 8 gold, all found. Table 2: 2 gold, none found, no predictions.
        // micro: tp=8 fp=0 fn=2 → P=1, R=0.8, F1 = 1.6/1.8 = 0.8889
        // macro over tables: T1 F1=1, T2 F1=0 (P=0 by convention, R=0) → 0.5
        List<GoldRecord> gold = new java.util.ArrayList<>();
        List<Record> predicted = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            gold.add(gold("T1-R" + i, "1", ice("Si-" + i, 60 + i)));
            predicted.add(t1(ice("Si-" + i, 60 + i)));
        }
        gold.add(gold("T2-R1", "2", rct("Mn-doped Si", 59)));
        gold.add(gold("T2-R2", "2", rct("Ni-doped Si", 52)));
        ModeReport m = evaluator.evaluate(gold, predicted).tolerant();
        assertScore(m.micro(), 8, 0, 2);
        assertEquals(0.8, m.micro().recall(), EPS);
        assertEquals(16.0 / 18, m.micro().f1(), EPS);
        assertEquals(0.5, m.macroTables().f1(), EPS);
        // per property it is the same split (ICE vs R_ct) → 0.5 too
        assertEquals(0.5, m.macroProperties().f1(), EPS);
    }

    @Test
    void tableLabelsSortNumerically() {
        List<String> labels = new java.util.ArrayList<>(List.of("text", "S1", "10", "2", "1"));
        labels.sort(TableLabels.ORDER);
        assertEquals(List.of("1", "2", "10", "S1", "text"), labels);
    }
}
