package org.simine.extract.table.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.TestInputs;
import org.simine.extract.table.Table;
import org.simine.extract.table.interpret.TableRecordExtractor;
import org.simine.extract.table.interpret.TableScoring;
import org.simine.gold.GoldSet;
import org.simine.gold.GoldTable;
import org.simine.gold.eval.EvalReport;
import org.simine.model.Record;

/**
 * The review's text version ({@code shared/seed}) through the text-export table reader: the tables read must be
 * the gold TSVs cell by cell, and their records must score like the gold tables'. Skipped when the seed is absent.
 */
class SeedTextTablesTest {
    static final String SEED = "000_c76b6b6f1e7802de.txt";

    private static GoldSet gold;
    private static List<Table> tables;

    @BeforeAll
    static void read() throws IOException {
        Path seed = TestInputs.shared().resolve("seed").resolve(SEED);
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed text not found at " + seed);
        gold = GoldSet.review();
        tables = TextTableReader.read(Files.readString(seed, StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSixTablesAsTheGoldPrintsThem() {
        assertEquals(gold.tables().stream().map(GoldTable::label).toList(), tables.stream().map(Table::label).toList());
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            GoldTable g = gold.tables().get(i);
            assertEquals(g.caption(), t.caption(), "caption of table " + g.label());
            assertEquals(g.headerRows(), texts(t.headerRows()), "header rows of table " + g.label());
            assertEquals(g.bodyRows(), texts(t.bodyRows()), "body rows of table " + g.label());
        }
    }

    @Test
    void recordsScoreAgainstTheGold() throws IOException {
        TableRecordExtractor extractor = TableRecordExtractor.create();
        List<Record> records = new ArrayList<>();
        tables.forEach(t -> records.addAll(extractor.extract(gold.doc(), t)));
        EvalReport report = TableScoring.evaluate("seed-text", gold.records(), records);
        assertTrue(report.tolerant().micro().f1() >= TableScoring.MIN_MICRO_F1, report::toSummaryMarkdown);
        TableScoring.assertRegression("seed-text", report);
        List<String> problems = TableScoring.fieldDisagreements(report);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<List<String>> texts(List<List<Table.Cell>> rows) {
        return rows.stream().map(r -> r.stream().map(Table.Cell::text).toList()).toList();
    }
}
