package org.simine.extract.table.interpret;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.table.Table;
import org.simine.gold.GoldSet;
import org.simine.gold.GoldTable;
import org.simine.gold.eval.EvalReport;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/**
 * The review's six tables as transcribed in the gold set ({@code tables/table-N.tsv}), read as {@link Table}s
 * and interpreted, scored against the 132 gold records.
 */
class GoldTablesTest {
    private static GoldSet gold;
    private static List<Record> predicted;
    private static EvalReport report;

    @BeforeAll
    static void interpret() {
        gold = GoldSet.review();
        TableRecordExtractor extractor = TableRecordExtractor.create();
        List<Record> records = new ArrayList<>();
        for (GoldTable t : gold.tables()) {
            Table table = Table.ofTexts(t.label(), t.caption(), null, t.headerRows(), t.bodyRows());
            records.addAll(extractor.extract(gold.doc(), table));
        }
        predicted = List.copyOf(records);
        report = TableScoring.evaluate("gold-tsv", gold.records(), predicted);
    }

    @Test
    void microF1AboveFloor() {
        double f1 = report.tolerant().micro().f1();
        assertTrue(f1 >= TableScoring.MIN_MICRO_F1, "tolerant micro F1 " + f1);
    }

    @Test
    void perTableScoresHoldTheirRegressionFile() throws IOException {
        TableScoring.assertRegression("gold-tsv", report);
    }

    /** The evaluator compares values, rates and cycles; the fields it leaves out are compared here. */
    @Test
    void matchedRecordsAgreeOnEveryField() {
        List<String> problems = TableScoring.fieldDisagreements(report);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void provenanceNamesTableRowColumnAndRule() {
        for (Record r : predicted) {
            assertTrue(r.source().kind() == SourceKind.TABLE && r.source().row() >= 1 && r.source().column() >= 1
                    && r.source().rule().startsWith("table.") && r.source().snippet().contains(r.raw()), r::toString);
            GoldTable t = gold.table(r.source().table()).orElseThrow();
            assertTrue(t.cell(r.source().row(), r.source().column()).equals(r.raw()), "raw is the cell: " + r);
        }
    }
}
