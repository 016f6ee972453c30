package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.gold.GoldRecord;
import org.simine.gold.GoldSet;
import org.simine.model.Record;

class ReviewEvaluationTest {
    static final GoldSet GOLD = GoldSet.review();

    /**
     * Every table value read from a table cell and every prose value read from the text: each is found by its own
     * gold, and no correct prose value is a false positive against the tables (as it was when everything was scored
     * against the tables).
     */
    @Test
    void tableRecordsMeetTheTableGoldAndTextRecordsTheProseGold() {
        List<Record> run = new ArrayList<>();
        GOLD.records().forEach(g -> run.add(g.record()));
        List<GoldRecord> prose = GOLD.proseRecords();
        prose.subList(1, prose.size()).forEach(g -> run.add(g.record())); // the first prose value is missed
        run.add(Fixtures.text(Fixtures.ice("Si@C", 12.5)));               // and one text record is wrong

        ReviewEvaluation e = ReviewEvaluation.of(GOLD, run, MatchOptions.defaults());
        int tables = GOLD.records().size();
        int proseGold = prose.size();
        assertEquals(new Score(tables, 0, 0), e.tables().tolerant().micro());
        assertEquals(new Score(proseGold - 1, 1, 1), e.prose().tolerant().micro());
        Score combined = e.combined(MatchMode.TOLERANT);
        assertEquals(new Score(tables + proseGold - 1, 1, 1), combined);
        assertEquals((double) (tables + proseGold - 1) / (tables + proseGold), combined.recall(), 1e-12);

        Score tablesOnly = new Evaluator().evaluate(GOLD.records(), run).tolerant().micro();
        assertEquals(proseGold, tablesOnly.fp(), "scored against the tables alone, correct prose values are false");

        String md = e.toSummaryMarkdown();
        assertTrue(md.startsWith("| scored | P | R | F1 | TP | FP | FN |\n|---|"), md);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "| **tables + prose** | %.3f | %.3f | %.3f | %d | 1 | 1 |",
                combined.precision(), combined.recall(), combined.f1(), combined.tp())), md);
        assertTrue(md.contains("| table records vs the tables (" + tables + " gold) | 1.000 | 1.000 | 1.000 | "),
                md);
        assertTrue(md.contains("| text records vs the prose (" + proseGold + " gold) |"), md);
    }
}
