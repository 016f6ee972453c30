package org.simine.gold.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Score;
import org.simine.model.Numbers;
import org.simine.model.Property;
import org.simine.model.Record;

/** The Markdown form of a {@link StatementsReport}. Every miss and every false positive is listed. */
final class StatementsReportMarkdown {
    private StatementsReportMarkdown() {
    }

    static String write(StatementsReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation on statements\n\n");
        md.append("Rows: ").append(r.rows()).append(" (").append(r.negativeRows())
                .append(" negative, expecting nothing); expected records: ").append(r.goldCount())
                .append("; predictions: ").append(r.predictedCount()).append(".\n")
                .append("Material required: a prediction without a material is a false positive. Tolerant: same "
                        + "property, material (normalised: NFKC, case, dashes, spaces), value within ")
                .append(percent(r.tolerance())).append(" and unit; strict also rate, cycles, value_max, baseline "
                        + "and dopant.\n\n");

        md.append("## Summary\n\n");
        md.append("| Mode | P | R | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (MatchMode mode : MatchMode.values()) {
            Score s = r.mode(mode).micro();
            md.append("| ").append(mode.id()).append(" | ").append(num(s.precision())).append(" | ")
                    .append(num(s.recall())).append(" | ").append(num(s.f1())).append(" | ").append(s.tp())
                    .append(" | ").append(s.fp()).append(" | ").append(s.fn()).append(" |\n");
        }
        md.append('\n');
        md.append("- Negatives: ").append(r.negativeFalseRecords()).append(" false records on ")
                .append(r.negativeRowsWithRecords()).append(" of ").append(r.negativeRows())
                .append(" rows that expect none.\n");
        md.append("- Records without material: ").append(r.noMaterial()).append(" (each a false positive).\n\n");

        md.append("## Per property\n\n");
        md.append("A match or miss counts against the expected record's property, a false positive against its own."
                + "\n\n");
        md.append("| Property | Strict P | Strict R | Strict F1 | Tolerant P | Tolerant R | Tolerant F1 | TP | FP "
                + "| FN |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Property p : r.tolerant().properties().keySet()) {
            Score s = r.strict().property(p);
            Score t = r.tolerant().property(p);
            md.append("| ").append(p.id()).append(" | ").append(prf(s)).append(" | ").append(prf(t)).append(" | ")
                    .append(t.tp()).append(" | ").append(t.fp()).append(" | ").append(t.fn()).append(" |\n");
        }
        md.append("\nTP, FP and FN are tolerant counts.\n\n");

        md.append("## Per shape\n\n");
        md.append("| Shape | Rows | Strict TP | Strict FP | Strict FN | Tolerant TP | Tolerant FP | Tolerant FN |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        r.shapeRows().forEach((shape, rows) -> {
            Score s = r.strict().shape(shape);
            Score t = r.tolerant().shape(shape);
            md.append("| ").append(code(shape)).append(" | ").append(rows).append(" | ").append(s.tp()).append(" | ")
                    .append(s.fp()).append(" | ").append(s.fn()).append(" | ").append(t.tp()).append(" | ")
                    .append(t.fp()).append(" | ").append(t.fn()).append(" |\n");
        });
        md.append('\n');

        md.append("## Misses and false positives\n\n");
        md.append(count(r.misses().size(), "miss", "misses")).append(" (").append(r.strict().micro().fn())
                .append(" strict, ").append(r.tolerant().micro().fn()).append(" tolerant) and ")
                .append(count(r.falsePositives().size(), "false positive", "false positives")).append(" (")
                .append(r.strict().micro().fp()).append(" strict, ").append(r.tolerant().micro().fp())
                .append(" tolerant), row by row; [strict] marks what only strict matching counts. A miss shows the "
                        + "row's closest prediction of that property and the criteria it fails.\n\n");
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (StatementMiss m : r.misses()) {
            String got = m.nearest() == null ? "got nothing of this property"
                    : "got " + describe(m.nearest()) + ": " + String.join(", ", m.mismatches()) + " differ"
                    + (m.mismatches().size() == 1 ? "s" : "");
            lines.computeIfAbsent(m.row(), k -> new ArrayList<>()).add("- miss" + modes(m.modes()) + ": expected "
                    + describe(m.expected()) + " — " + got);
        }
        for (StatementFalsePositive f : r.falsePositives()) {
            lines.computeIfAbsent(f.row(), k -> new ArrayList<>()).add("- false positive"
                    + (f.noMaterial() ? ", no material" : "") + modes(f.modes()) + ": " + describe(f.predicted()));
        }
        if (lines.isEmpty()) {
            md.append("None.\n");
        }
        for (RowResult row : r.rowResults()) {
            List<String> problems = lines.get(row.statement().id());
            if (problems == null) {
                continue;
            }
            Statement s = row.statement();
            md.append("### ").append(s.id()).append(" · ").append(s.shape()).append("\n\n");
            md.append("> ").append(s.text().replace("\n", " ")).append("\n\n");
            problems.forEach(p -> md.append(p).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /** One line per record: {@code `Si@C` cycling_stability 85 % at 1 A/g after 100 cycles (rule x)}. */
    static String describe(Record r) {
        StringBuilder s = new StringBuilder();
        s.append(r.material() == null || r.material().isBlank() ? "(no material)" : code(r.material()));
        s.append(' ').append(r.property().id()).append(' ');
        if (r.value() != null) {
            if (r.comparator() != null) {
                s.append(r.comparator());
            }
            s.append(r.approx() ? "~" : "").append(Numbers.format(r.value()));
            if (r.valueMax() != null) {
                s.append('–').append(Numbers.format(r.valueMax()));
            }
            s.append(' ').append(r.unit().symbol());
        } else if (r.factor() != null) {
            s.append(Numbers.format(r.factor())).append("× (no value)");
        }
        if (r.baseline() != null) {
            s.append(" (baseline ").append(Numbers.format(r.baseline())).append(')');
        }
        if (r.rate() != null) {
            s.append(" at ").append(r.rate());
        }
        if (r.cycles() != null) {
            s.append(" after ").append(r.cycles()).append(" cycles");
        }
        if (r.dopant() != null) {
            s.append("; dopant ").append(String.join("+", r.dopant().elements()));
            if (r.dopant().value() != null) {
                s.append(' ').append(Numbers.format(r.dopant().value())).append(' ').append(r.dopant().unit());
            }
        }
        if (!Statement.RULE.equals(r.source().rule())) {
            s.append(" (rule ").append(r.source().rule()).append(')');
        }
        return s.toString();
    }

    private static String modes(Set<MatchMode> modes) {
        return modes.contains(MatchMode.TOLERANT) ? "" : " [strict]";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String prf(Score s) {
        return s.isEmpty() ? "– | – | –" : num(s.precision()) + " | " + num(s.recall()) + " | " + num(s.f1());
    }

    private static String code(String text) {
        return "`" + text.replace('\n', ' ').replace("`", "'") + "`";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double fraction) {
        return Numbers.format(Math.round(fraction * 100 * 1e6) / 1e6) + " %";
    }
}
