package org.simine.extract.table.interpret;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import org.simine.gold.GoldRecord;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.gold.eval.Match;
import org.simine.gold.eval.MatchOptions;
import org.simine.gold.eval.ModeReport;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionResult;
import org.simine.gold.eval.Score;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/**
 * Scores table records against the review's gold records, prints the per-table figures with every miss and
 * false positive, writes the full Markdown report to {@code target/}, and checks a regression file of expected
 * scores (a drop fails; a gain beyond tolerance fails too and asks for the file to be updated).
 */
public final class TableScoring {
    /** Floor on tolerant micro F1, whatever the regression file says. */
    public static final double MIN_MICRO_F1 = 0.97;

    private TableScoring() {
    }

    public static EvalReport evaluate(String name, List<GoldRecord> gold, List<Record> predicted) {
        EvalReport report = new Evaluator(MatchOptions.defaults()).evaluate(gold, predicted);
        System.out.println(summary(name, report));
        try {
            Path out = Path.of("target", "table-eval");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".md"), report.toMarkdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /** Checks {@code /table/<name>.regression.json}; prints each verdict line. */
    public static void assertRegression(String name, EvalReport report) throws IOException {
        String resource = "/table/" + name + ".regression.json";
        try (InputStream in = TableScoring.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing regression file src/test/resources" + resource);
            RegressionResult result = Regression.check(report, in, "extractor/src/test/resources" + resource);
            System.out.println(String.join("\n", result.lines()));
            assertTrue(result.passed(), () -> result.toString());
        }
    }

    /**
     * Fields the evaluator does not compare (material as printed, approx, raw, baseline, factor, temperature,
     * dopant, row, column), checked on every tolerant match; one line per disagreement.
     */
    public static List<String> fieldDisagreements(EvalReport report) {
        List<String> problems = new ArrayList<>();
        for (Match m : report.tolerant().matches()) {
            Record g = m.gold().record();
            Record p = m.predicted();
            Map<String, Object[]> fields = new LinkedHashMap<>();
            fields.put("material", new Object[] {g.material(), p.material()});
            fields.put("approx", new Object[] {g.approx(), p.approx()});
            fields.put("raw", new Object[] {g.raw(), p.raw()});
            fields.put("baseline", new Object[] {g.baseline(), p.baseline()});
            fields.put("factor", new Object[] {g.factor(), p.factor()});
            fields.put("temperature", new Object[] {g.temperature(), p.temperature()});
            fields.put("cycles", new Object[] {g.cycles(), p.cycles()});
            fields.put("dopant", new Object[] {g.dopant(), p.dopant()});
            fields.put("row", new Object[] {g.source().row(), p.source().row()});
            fields.put("column", new Object[] {g.source().column(), p.source().column()});
            fields.forEach((field, pair) -> {
                if (!Objects.equals(pair[0], pair[1])) {
                    problems.add(m.gold().id() + " " + field + ": gold " + pair[0] + ", extracted " + pair[1]);
                }
            });
        }
        return problems;
    }

    static String summary(String name, EvalReport report) {
        StringBuilder s = new StringBuilder("== " + name + ": " + report.goldCount() + " gold, "
                + report.predictedCount() + " predicted\n");
        for (ModeReport mode : List.of(report.strict(), report.tolerant())) {
            s.append(line(mode.mode().id() + " micro", mode.micro()));
            mode.tables().forEach((label, score) -> s.append(line(mode.mode().id() + " table " + label, score)));
        }
        ModeReport tolerant = report.tolerant();
        tolerant.misses().forEach(m -> s.append("MISS ").append(m.gold().id()).append(' ')
                .append(RecordJson.toJson(m.gold().record())).append('\n'));
        tolerant.falsePositives().forEach(f -> s.append("FP   table ").append(f.table()).append(' ')
                .append(RecordJson.toJson(f.record())).append('\n'));
        return s.toString();
    }

    private static String line(String label, Score score) {
        return String.format(Locale.ROOT, "%-18s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", label,
                score.precision(), score.recall(), score.f1(), score.tp(), score.fp(), score.fn());
    }
}
