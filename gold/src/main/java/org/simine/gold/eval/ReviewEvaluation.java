package org.simine.gold.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.simine.gold.GoldSet;
import org.simine.model.Record;

/**
 * One honest headline for a run over the review: the records read from its tables scored against the table gold,
 * the records read from its running text against the prose gold ({@link ProseScope}), and the two added up. Scoring
 * every record against the tables alone counts each correct prose value as a false positive.
 *
 * <p>The combined score adds the two parts' counts: TP, FP and FN of the tables part plus those of the prose part,
 * then P, R and F1 of the sums (a micro average over both gold sets).
 *
 * @param tables the table-sourced predictions against {@link GoldSet#records()}
 * @param prose  the text-sourced predictions against {@link GoldSet#proseRecords()}
 */
public record ReviewEvaluation(EvalReport tables, EvalReport prose) {
    public ReviewEvaluation {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(prose, "prose");
    }

    /** Scores {@code predicted} (a run over the review, table and text records together) against {@code gold}. */
    public static ReviewEvaluation of(GoldSet gold, List<Record> predicted, MatchOptions options) {
        Evaluator evaluator = new Evaluator(options);
        return new ReviewEvaluation(evaluator.evaluate(gold.records(), ProseScope.tableSourced(predicted)),
                evaluator.evaluate(gold.proseRecords(), ProseScope.textSourced(predicted)));
    }

    /** Both parts together: their counts added. */
    public Score combined(MatchMode mode) {
        return tables.mode(mode).micro().plus(prose.mode(mode).micro());
    }

    /**
     * A few lines for the console: the combined score first (tolerant, with the strict figures when they differ),
     * then the two parts below it.
     * <pre>
     * | scored | P | R | F1 | TP | FP | FN |
     * |---|---:|---:|---:|---:|---:|---:|
     * | **tables + prose** | 0.984 | 0.937 | 0.960 | 179 | 3 | 12 |
     * | table records vs the tables (132 gold) | 1.000 | 1.000 | 1.000 | 132 | 0 | 0 |
     * | text records vs the prose (59 gold) | 0.940 | 0.797 | 0.862 | 47 | 3 | 12 |
     * </pre>
     */
    public String toSummaryMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("| scored | P | R | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|\n");
        row(md, "**tables + prose**", combined(MatchMode.TOLERANT));
        row(md, "table records vs the tables (" + tables.goldCount() + " gold)", tables.tolerant().micro());
        row(md, "text records vs the prose (" + prose.goldCount() + " gold)", prose.tolerant().micro());
        md.append('\n');
        Score strict = combined(MatchMode.STRICT);
        Score tolerant = combined(MatchMode.TOLERANT);
        md.append("Tolerant matching; strict ");
        md.append(strict.equals(tolerant) ? "gives the same figures"
                : String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", strict.precision(), strict.recall(),
                strict.f1()));
        md.append(".\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String label, Score s) {
        md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", label, s.precision(),
                s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    }
}
