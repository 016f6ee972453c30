package org.simine.gold.statements;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Score;

/**
 * The result of {@link StatementsEvaluator#evaluate}: precision, recall and F1 over a statements file in both
 * modes, per property and per shape, the negatives, the records without material, every miss and every false
 * positive.
 *
 * <p>Flat score keys ({@link #scores()}, regression files): {@code <mode>.micro.<m>},
 * {@code <mode>.properties.<property id>.<m>}, {@code <mode>.shapes.<shape>.<m>} (mode {@code strict} or
 * {@code tolerant}, m {@code precision}, {@code recall} or {@code f1}), and two counts of false records, where
 * lower is better: {@code negatives.false_records} (records read from rows that expect none) and
 * {@code no_material.false_records} (records without a material, on any row).
 *
 * @param tolerance              the relative tolerance used
 * @param rows                   number of rows
 * @param negativeRows           rows expecting no record
 * @param goldCount              expected records
 * @param predictedCount         predictions over all rows
 * @param strict                 strict counts
 * @param tolerant               tolerant counts
 * @param shapeRows              rows per shape name, in name order
 * @param negativeFalseRecords   predictions on negative rows (all false positives)
 * @param negativeRowsWithRecords negative rows with at least one prediction
 * @param noMaterial             predictions without a material (all false positives)
 * @param misses                 expected records missed in either mode, in row order
 * @param falsePositives         predictions unmatched in either mode, in row order
 * @param rowResults             every row with its predictions and matchings
 */
public record StatementsReport(double tolerance, int rows, int negativeRows, int goldCount, int predictedCount,
                               StatementsModeReport strict, StatementsModeReport tolerant,
                               Map<String, Integer> shapeRows, int negativeFalseRecords, int negativeRowsWithRecords,
                               int noMaterial, List<StatementMiss> misses,
                               List<StatementFalsePositive> falsePositives, List<RowResult> rowResults) {
    /** Flat key of the number of records read from negative rows. */
    public static final String NEGATIVES_KEY = "negatives.false_records";
    /** Flat key of the number of records without a material. */
    public static final String NO_MATERIAL_KEY = "no_material.false_records";

    public StatementsReport {
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(tolerant, "tolerant");
        if (strict.mode() != MatchMode.STRICT || tolerant.mode() != MatchMode.TOLERANT) {
            throw new IllegalArgumentException("mode reports given in the wrong order");
        }
        shapeRows = Collections.unmodifiableMap(new TreeMap<>(shapeRows));
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        rowResults = List.copyOf(rowResults);
    }

    public StatementsModeReport mode(MatchMode mode) {
        return mode == MatchMode.STRICT ? strict : tolerant;
    }

    /** Every score under its flat key: micro, per property, per shape (strict, then tolerant), then the two counts. */
    public Map<String, Double> scores() {
        return scores(true);
    }

    /**
     * What a regression file pins: micro and per-property precision, recall and F1 of both modes (properties with
     * expected records), and the two counts of false records. Shapes are left out: most hold one row, and the
     * file would churn with every rule.
     */
    public Map<String, Double> regressionScores() {
        return scores(false);
    }

    private Map<String, Double> scores(boolean withShapes) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MatchMode mode : MatchMode.values()) {
            StatementsModeReport m = mode(mode);
            String prefix = mode.id() + ".";
            put(out, prefix + "micro", m.micro());
            m.properties().forEach((p, s) -> {
                if (withShapes || s.gold() > 0) {
                    put(out, prefix + "properties." + p.id(), s);
                }
            });
            if (withShapes) {
                m.shapes().forEach((shape, s) -> put(out, prefix + "shapes." + shape, s));
            }
        }
        out.put(NEGATIVES_KEY, (double) negativeFalseRecords);
        out.put(NO_MATERIAL_KEY, (double) noMaterial);
        return Collections.unmodifiableMap(out);
    }

    /**
     * The JSON report, pretty-printed:
     * <pre>
     * {"options":{"relative_tolerance":..,"material_required":true},
     *  "rows":N, "negative_rows":N, "gold":N, "predicted":N,
     *  "strict":{"micro":{"precision","recall","f1","tp","fp","fn"},
     *            "properties":{"charge_transfer_resistance":{...},...},
     *            "shapes":{"respectively-list":{"rows":7, precision, recall, f1, tp, fp, fn},...}},
     *  "tolerant":{...},
     *  "negatives":{"rows":N,"false_records":N,"rows_with_records":N},
     *  "no_material":{"false_records":N},
     *  "misses":[{"row","shape","index","modes":[..],"expected":{record},"nearest":{record}|null,"mismatches":[..]}],
     *  "false_positives":[{"row","shape","index","modes":[..],"no_material":bool,"rule":..,"record":{record}}]}
     * </pre>
     * Records are written in the statements file's form (material, property, value, value_max, unit, rate, cycles,
     * dopant, baseline, approx) plus {@code rule} for predictions.
     */
    public String toJson() {
        return StatementsReportJson.write(this);
    }

    /** A Markdown report for people: summary, negatives, per property, per shape, then row by row every problem. */
    public String toMarkdown() {
        return StatementsReportMarkdown.write(this);
    }

    private static void put(Map<String, Double> out, String key, Score s) {
        out.put(key + ".precision", s.precision());
        out.put(key + ".recall", s.recall());
        out.put(key + ".f1", s.f1());
    }
}
