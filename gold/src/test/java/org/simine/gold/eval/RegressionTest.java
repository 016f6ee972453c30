package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.simine.gold.eval.Fixtures.fromTable;
import static org.simine.gold.eval.Fixtures.gold;
import static org.simine.gold.eval.Fixtures.ice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.gold.GoldRecord;
import org.simine.model.Record;

class RegressionTest {
    @TempDir
    Path dir;

    /** 20 gold records; the first {@code found} are predicted exactly: tolerant micro F1 = 2f/(20+f). */
    private static EvalReport reportFinding(int found) {
        List<GoldRecord> gold = new ArrayList<>();
        List<Record> predicted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            gold.add(gold("G" + i, "1", ice("Si-" + i, 50 + i)));
            if (i < found) {
                predicted.add(fromTable("1", ice("Si-" + i, 50 + i)));
            }
        }
        return new Evaluator().evaluate(gold, predicted);
    }

    private static RegressionResult check(EvalReport report, String json) throws IOException {
        return Regression.check(report, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "review-pdf.json");
    }

    @Test
    void smallChangeIsOk() throws IOException {
        // found 10 of 20: P = 1, R = 0.5, F1 = 2/3 = 0.6667; expected 0.660 ± 0.01 → delta +0.007 OK
        RegressionResult r = check(reportFinding(10),
                "{\"tolerance\":0.01,\"scores\":{\"tolerant.micro.f1\":0.660,\"tolerant.micro.precision\":1.0}}");
        assertTrue(r.passed(), r.toString());
        assertEquals("OK   tolerant.micro.f1 expected 0.660 actual 0.667 delta +0.007", r.lines().get(0));
        assertEquals(2, r.count(RegressionResult.Status.OK));
    }

    @Test
    void dropFails() throws IOException {
        // found 5 of 20: R = 0.25, F1 = 10/25 = 0.4; expected 0.6667 → delta -0.267
        RegressionResult r = check(reportFinding(5),
                "{\"tolerance\":0.01,\"scores\":{\"tolerant.micro.f1\":0.6667}}");
        assertFalse(r.passed());
        assertEquals("FAIL tolerant.micro.f1 expected 0.667 actual 0.400 delta -0.267 dropped", r.lines().get(0));
        assertEquals(RegressionResult.Status.FAIL, r.checks().get(0).status());
        assertEquals(-0.2667, r.checks().get(0).delta(), 1e-4);
    }

    @Test
    void gainBeyondToleranceAsksForAnUpdate() throws IOException {
        // found 15 of 20: F1 = 30/35 = 0.857 against 0.6667 expected → improved, file must be rewritten
        RegressionResult r = check(reportFinding(15),
                "{\"tolerance\":0.01,\"scores\":{\"tolerant.micro.f1\":0.6667}}");
        assertFalse(r.passed(), "a gain beyond tolerance must fail so the file is kept true");
        assertEquals("UPDATE tolerant.micro.f1 expected 0.667 actual 0.857 delta +0.190 improved beyond "
                + "tolerance: update review-pdf.json", r.lines().get(0));
        assertTrue(r.summary().contains("FAILED"), r.summary());
    }

    @Test
    void toleranceComesFromTheFile() throws IOException {
        // same gain of +0.19 passes with tolerance 0.2
        assertTrue(check(reportFinding(15), "{\"tolerance\":0.2,\"scores\":{\"tolerant.micro.f1\":0.6667}}")
                .passed());
    }

    @Test
    void missingScoreFails() throws IOException {
        RegressionResult r = check(reportFinding(10),
                "{\"tolerance\":0.01,\"scores\":{\"tolerant.tables.7.f1\":0.5}}");
        assertFalse(r.passed());
        assertEquals("FAIL tolerant.tables.7.f1 expected 0.500 actual missing", r.lines().get(0));
    }

    @Test
    void writtenFilePassesAgainstItsOwnReportAndFailsAfterADrop() throws IOException {
        Path file = dir.resolve("sub/review-pdf.json");
        EvalReport report = reportFinding(10);
        RegressionFile.write(report, file, 0.01);
        RegressionFile written = RegressionFile.read(file);
        assertEquals(0.01, written.tolerance());
        assertEquals(report.regressionScores().keySet(), written.scores().keySet());
        assertEquals(0.6667, written.scores().get("tolerant.micro.f1"), "rounded to 4 decimals");

        RegressionResult same = Regression.check(report, file);
        assertTrue(same.passed(), same.toString());
        assertEquals(written.scores().size() + 1, same.lines().size(), "one line per score plus the summary");
        assertTrue(same.lines().get(same.lines().size() - 1).startsWith("regression " + file + ": PASSED"));

        RegressionResult worse = Regression.check(reportFinding(8), file);
        assertFalse(worse.passed());
        assertTrue(worse.lines().stream().anyMatch(l -> l.startsWith("FAIL tolerant.micro.f1 ")), worse.toString());
    }

    @Test
    void writtenFilesLeaveOutBucketsWithoutGold() {
        // gold only in table 1 (ICE); false positives from text, from the paper's table "S2" and of a property
        // the gold lacks (R_ct). Those buckets are in scores() but not pinned in a regression file.
        List<GoldRecord> gold = List.of(gold("G0", "1", ice("Si", 50)));
        List<Record> predicted = List.of(fromTable("1", ice("Si", 50)), Fixtures.text(ice("Si NW", 60)),
                fromTable("S2", Fixtures.rct("Si", 40)));
        EvalReport report = new Evaluator().evaluate(gold, predicted);
        assertTrue(report.scores().containsKey("tolerant.tables.text.f1"));
        assertTrue(report.scores().containsKey("tolerant.tables.S2.f1"));
        assertTrue(report.scores().containsKey("strict.properties.charge_transfer_resistance.f1"));
        RegressionFile file = RegressionFile.of(report, 0.01);
        assertEquals(List.of("micro", "macro_tables", "macro_properties", "tables.1",
                        "properties.initial_coulombic_efficiency"),
                file.scores().keySet().stream().filter(k -> k.startsWith("strict.") && k.endsWith(".f1"))
                        .map(k -> k.substring("strict.".length(), k.length() - ".f1".length())).toList());
        assertEquals(file, RegressionFile.fromReportJson(report.toJson(), 0.01));
        // micro precision still carries the false positives: tp=1 fp=2 → 1/3
        assertEquals(0.3333, file.scores().get("tolerant.micro.precision"));
    }

    @Test
    void regressionFileFromAnOldJsonReport() {
        EvalReport report = reportFinding(10);
        RegressionFile fromJson = RegressionFile.fromReportJson(report.toJson(), 0.02);
        assertEquals(RegressionFile.of(report, 0.02), fromJson);
        assertTrue(Regression.check(report, fromJson, "old").passed());
    }

    @Test
    void malformedFilesAreRejected() throws IOException {
        Path noTolerance = Files.writeString(dir.resolve("a.json"), "{\"scores\":{\"strict.micro.f1\":0.1}}");
        IOException e = assertThrows(IOException.class, () -> RegressionFile.read(noTolerance));
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegressionFile.parse("{\"tolerance\":0.01,\"scores\":{}}"));
        assertThrows(IllegalArgumentException.class,
                () -> RegressionFile.parse("{\"tolerance\":0.01,\"scores\":{\"x\":\"high\"}}"));
        assertThrows(IllegalArgumentException.class, () -> RegressionFile.parse("[1]"));
        RegressionFile withNote = RegressionFile.parse(
                "{\"note\":\"pdf pipeline\",\"tolerance\":0.01,\"scores\":{\"strict.micro.f1\":0.1}}");
        assertEquals(0.1, withNote.scores().get("strict.micro.f1"));
    }
}
