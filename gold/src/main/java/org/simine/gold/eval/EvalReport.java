package org.simine.gold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link Evaluator#evaluate}: scores in both matching modes, with misses and false positives.
 *
 * <p>Flat score keys ({@link #scores()}, regression files) are
 * {@code <mode>.micro.<m>}, {@code <mode>.macro_tables.<m>}, {@code <mode>.macro_properties.<m>},
 * {@code <mode>.tables.<label>.<m>} and {@code <mode>.properties.<property id>.<m>}, where mode is
 * {@code strict} or {@code tolerant} and m is {@code precision}, {@code recall} or {@code f1}.
 *
 * @param options        the matching options used
 * @param goldCount      number of gold records evaluated
 * @param predictedCount number of predictions evaluated
 * @param strict         scores with {@link MatchMode#STRICT} matching
 * @param tolerant       scores with {@link MatchMode#TOLERANT} matching
 */
public record EvalReport(MatchOptions options, int goldCount, int predictedCount, ModeReport strict,
                         ModeReport tolerant) {
    public EvalReport {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(tolerant, "tolerant");
        if (strict.mode() != MatchMode.STRICT || tolerant.mode() != MatchMode.TOLERANT) {
            throw new IllegalArgumentException("mode reports given in the wrong order");
        }
    }

    public ModeReport mode(MatchMode mode) {
        return mode == MatchMode.STRICT ? strict : tolerant;
    }

    /** Every precision, recall and F1 of the report under its flat key, strict first, in report order. */
    public Map<String, Double> scores() {
        return scores(false);
    }

    /**
     * The scores a regression file pins: micro, both macro averages, and the tables and properties that have
     * gold records. Buckets holding only false positives ({@code text}, tables of the source papers,
     * properties the gold lacks) come and go with the predictions, so they are left out; their false
     * positives still show in the micro and macro precision.
     */
    public Map<String, Double> regressionScores() {
        return scores(true);
    }

    private Map<String, Double> scores(boolean goldOnly) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = mode(mode);
            String prefix = mode.id() + ".";
            put(out, prefix + "micro", m.micro());
            put(out, prefix + "macro_tables", m.macroTables());
            put(out, prefix + "macro_properties", m.macroProperties());
            m.tables().forEach((label, s) -> {
                if (!goldOnly || s.gold() > 0) {
                    put(out, prefix + "tables." + label, s);
                }
            });
            m.properties().forEach((property, s) -> {
                if (!goldOnly || s.gold() > 0) {
                    put(out, prefix + "properties." + property.id(), s);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The JSON report, pretty-printed. Field names are a contract:
     * <pre>
     * {"options":{"relative_tolerance":..,"rate_tolerance":..,"require_conditions":..},
     *  "gold":N, "predicted":M,
     *  "strict":{"micro":{"precision":..,"recall":..,"f1":..,"tp":..,"fp":..,"fn":..},
     *            "macro_tables":{"precision":..,"recall":..,"f1":..,"classes":..},
     *            "macro_properties":{...},
     *            "tables":{"1":{precision, recall, f1, tp, fp, fn},...,"text":{...}},
     *            "properties":{"capacity_retention":{...},...}},
     *  "tolerant":{...},
     *  "misses":[{"index","id","table","row","column","ref","modes":["strict","tolerant"],"record":{..}}],
     *  "false_positives":[{"index","table","modes":[..],"record":{..}}]}
     * </pre>
     * Misses and false positives of both modes are listed once each, with the modes they occur in;
     * {@code record} is the record's own JSON form ({@code RecordJson}).
     */
    public String toJson() {
        return ReportJson.write(this);
    }

    public JsonNode toJsonTree() {
        return ReportJson.tree(this);
    }

    /** A Markdown report for people: summary, per table, per property, misses and false positives. */
    public String toMarkdown() {
        return ReportMarkdown.write(this);
    }

    /** The summary and per-table sections of {@link #toMarkdown()}, for console output. */
    public String toSummaryMarkdown() {
        return ReportMarkdown.summary(this);
    }

    /**
     * Reads the flat scores back from a JSON report written by {@link #toJson()}, e.g. an old report kept
     * for comparison. Gives the same keys and values as {@link #scores()} of the report that wrote it.
     *
     * @throws IllegalArgumentException when the text is not such a report
     */
    public static Map<String, Double> scoresFromJson(String json) {
        return ReportJson.readScores(json, false);
    }

    /** Like {@link #regressionScores()}, read from a JSON report written by {@link #toJson()}. */
    public static Map<String, Double> regressionScoresFromJson(String json) {
        return ReportJson.readScores(json, true);
    }

    private static void put(Map<String, Double> out, String key, Score s) {
        out.put(key + ".precision", s.precision());
        out.put(key + ".recall", s.recall());
        out.put(key + ".f1", s.f1());
    }

    private static void put(Map<String, Double> out, String key, MacroScore s) {
        out.put(key + ".precision", s.precision());
        out.put(key + ".recall", s.recall());
        out.put(key + ".f1", s.f1());
    }
}
