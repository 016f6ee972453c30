package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.gold.GoldRecord;
import org.simine.gold.GoldSet;
import org.simine.model.Record;

/** The review's gold set scored against itself: every record must find itself in both modes. */
class GoldSelfEvaluationTest {
    @Test
    void goldMatchesItself() {
        matchesItself(GoldSet.review().records());
    }

    /** Prose gold includes factor-only records and records without a material; each must still find itself. */
    @Test
    void proseGoldMatchesItself() {
        List<GoldRecord> prose = GoldSet.review().proseRecords();
        assertEquals(59, prose.size());
        matchesItself(prose);
    }

    private static void matchesItself(List<GoldRecord> gold) {
        List<Record> predicted = gold.stream().map(GoldRecord::record).toList();
        EvalReport r = new Evaluator().evaluate(gold, predicted);
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = r.mode(mode);
            assertTrue(m.misses().isEmpty(), mode + " misses: " + m.misses());
            assertEquals(new Score(gold.size(), 0, 0), m.micro());
            assertEquals(1.0, m.macroTables().f1());
            for (Match match : m.matches()) {
                assertEquals(match.goldIndex(), match.predictedIndex(), mode + ": " + match.gold().id()
                        + " was matched to another gold record's copy");
            }
        }
    }
}
