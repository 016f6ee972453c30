package org.simine.gold.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.simine.gold.GoldRecord;
import org.simine.model.Numbers;
import org.simine.model.Property;
import org.simine.model.Record;

/** The Markdown form of an {@link EvalReport}. */
final class ReportMarkdown {
    /** At most this many misses and false positives are listed; the rest are counted. */
    static final int MAX_LISTED = 50;

    private ReportMarkdown() {
    }

    static String write(EvalReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation against the gold standard\n\n");
        summaryAndTables(md, r);
        md.append("## Per property\n\n");
        md.append("A false positive counts against its own property.\n\n");
        breakdown(md, "Property", r.strict().properties(), r.tolerant().properties(), Property::id);

        List<ModeTagged<Miss>> misses = ModeTagged.misses(r);
        md.append("## Misses\n\n");
        md.append("Gold records not matched (").append(r.strict().misses().size()).append(" strict, ")
                .append(r.tolerant().misses().size()).append(" tolerant).\n\n");
        int shown = 0;
        for (ModeTagged<Miss> t : misses) {
            if (shown++ == MAX_LISTED) {
                break;
            }
            GoldRecord g = t.item().gold();
            md.append("- ").append(g.id()).append(g.table().equals(TableLabels.TEXT)
                            ? " (text, line " + g.row() : " (table " + g.table() + ", row " + g.row())
                    .append("): ").append(describe(g.record())).append(" [").append(t.modeList()).append("]\n");
        }
        rest(md, misses.size());

        List<ModeTagged<FalsePositive>> falsePositives = ModeTagged.falsePositives(r);
        md.append("## False positives\n\n");
        md.append("Predictions not matched (").append(r.strict().falsePositives().size()).append(" strict, ")
                .append(r.tolerant().falsePositives().size()).append(" tolerant); #n is the 0-based position "
                        + "in the prediction list.\n\n");
        shown = 0;
        for (ModeTagged<FalsePositive> t : falsePositives) {
            if (shown++ == MAX_LISTED) {
                break;
            }
            FalsePositive fp = t.item();
            md.append("- #").append(fp.index()).append(" (").append(fp.table().equals(TableLabels.TEXT)
                            ? "text" : "table " + fp.table()).append("): ").append(describe(fp.record()))
                    .append(" [").append(t.modeList()).append("]\n");
        }
        rest(md, falsePositives.size());
        return md.toString();
    }

    /** The summary and per-table sections only: what a console run such as the demo prints. */
    static String summary(EvalReport r) {
        StringBuilder md = new StringBuilder();
        summaryAndTables(md, r);
        return md.toString();
    }

    private static void summaryAndTables(StringBuilder md, EvalReport r) {
        MatchOptions o = r.options();
        md.append("Gold records: ").append(r.goldCount()).append("; predictions: ").append(r.predictedCount())
                .append(". Tolerant matching: values within ").append(percent(o.relativeTolerance()))
                .append(", rates within ").append(percent(o.rateTolerance()))
                .append(o.requireConditions() ? ", rate and cycles required where the gold has them.\n\n"
                        : ", a missing rate or cycle count accepted.\n\n");

        md.append("## Summary\n\n");
        md.append("| Mode | P | R | F1 | TP | FP | FN | Macro F1 (tables) | Macro F1 (properties) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (MatchMode mode : MatchMode.values()) {
            ModeReport m = r.mode(mode);
            md.append("| ").append(mode.id()).append(" | ").append(scoreCells(m.micro())).append(" | ")
                    .append(num(m.macroTables().f1())).append(" | ").append(num(m.macroProperties().f1()))
                    .append(" |\n");
        }
        md.append('\n');

        md.append("## Per table\n\n");
        md.append("A true positive or miss counts against the gold record's table; a false positive against the "
                + "table it was read from, or `text`. The macro average leaves `text` out.\n\n");
        breakdown(md, "Table", r.strict().tables(), r.tolerant().tables(), Function.identity());
    }

    private static <K> void breakdown(StringBuilder md, String name, Map<K, Score> strict, Map<K, Score> tolerant,
                                      Function<K, String> label) {
        md.append("| ").append(name).append(" | Strict P | Strict R | Strict F1 | Tolerant P | Tolerant R "
                + "| Tolerant F1 | TP | FP | FN |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        if (tolerant.isEmpty() && strict.isEmpty()) {
            md.append("| (none) | | | | | | | | | |\n");
        }
        Set<K> keys = new LinkedHashSet<>(tolerant.keySet());
        keys.addAll(strict.keySet());
        for (K k : keys) {
            Score s = strict.getOrDefault(k, Score.EMPTY);
            Score t = tolerant.getOrDefault(k, Score.EMPTY);
            md.append("| ").append(label.apply(k)).append(" | ").append(prf(s)).append(" | ").append(prf(t))
                    .append(" | ").append(t.tp()).append(" | ").append(t.fp()).append(" | ").append(t.fn())
                    .append(" |\n");
        }
        md.append("\nTP, FP and FN are tolerant counts; – where nothing was counted in that mode.\n\n");
    }

    private static String prf(Score s) {
        return s.isEmpty() ? "– | – | –" : num(s.precision()) + " | " + num(s.recall()) + " | " + num(s.f1());
    }

    private static String scoreCells(Score s) {
        return num(s.precision()) + " | " + num(s.recall()) + " | " + num(s.f1()) + " | " + s.tp() + " | "
                + s.fp() + " | " + s.fn();
    }

    private static void rest(StringBuilder md, int total) {
        if (total == 0) {
            md.append("None.\n");
        } else if (total > MAX_LISTED) {
            md.append("- … and ").append(total - MAX_LISTED).append(" more (see the JSON report)\n");
        }
        md.append('\n');
    }

    /** One-line description of a record, e.g. {@code `Si@C` capacity_retention 85 % at 1 A/g after 100 cycles}. */
    static String describe(Record r) {
        StringBuilder s = new StringBuilder();
        s.append(r.material() == null ? "(no material)" : code(r.material())).append(' ').append(r.property().id());
        if (r.value() != null) {
            s.append(' ');
            if (r.comparator() != null) {
                s.append(r.comparator());
            }
            s.append(Numbers.format(r.value()));
            if (r.valueMax() != null) {
                s.append('–').append(Numbers.format(r.valueMax()));
            }
            s.append(' ').append(r.unit().symbol());
        }
        if (r.factor() != null) {
            s.append(r.value() == null ? " " : ", ").append(Numbers.format(r.factor())).append("×");
        }
        if (r.baseline() != null) {
            s.append(" (baseline ").append(Numbers.format(r.baseline())).append(' ').append(r.unit().symbol())
                    .append(')');
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
        if (r.source().rule() != null && !r.source().rule().equals("gold")) {
            s.append(" (rule ").append(r.source().rule());
            if (r.source().page() != null) {
                s.append(", p. ").append(r.source().page());
            }
            s.append(')');
        }
        return s.toString();
    }

    private static String code(String text) {
        String flat = text.replace('\n', ' ').replace("`", "'");
        return "`" + flat + "`";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double fraction) {
        return Numbers.format(Math.round(fraction * 100 * 1e6) / 1e6) + " %";
    }
}
