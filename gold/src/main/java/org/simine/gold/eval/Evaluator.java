package org.simine.gold.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.simine.gold.GoldRecord;
import org.simine.model.Property;
import org.simine.model.Record;

/**
 * Scores predicted records against gold records in both {@link MatchMode}s. Matching is one-to-one (see
 * {@link RecordMatcher} for when two records match): each gold record and each prediction is used at most
 * once, so a duplicated prediction is a false positive.
 *
 * <p>Attribution: a true positive or a miss counts against the gold record's table and property; a false
 * positive against its own property and its own {@code source().table()}, or the {@link TableLabels#TEXT}
 * bucket when it has none. Both modes list the same tables and properties (those with anything counted in
 * either mode); macro averages run over the classes with anything counted in that mode, never over
 * {@code text}.
 */
public final class Evaluator {
    private final RecordMatcher matcher;

    public Evaluator(MatchOptions options) {
        this.matcher = new RecordMatcher(options);
    }

    /** An evaluator with {@link MatchOptions#defaults()}. */
    public Evaluator() {
        this(MatchOptions.defaults());
    }

    public MatchOptions options() {
        return matcher.options();
    }

    public EvalReport evaluate(List<GoldRecord> gold, List<Record> predicted) {
        List<GoldRecord> g = List.copyOf(Objects.requireNonNull(gold, "gold"));
        List<Record> p = List.copyOf(Objects.requireNonNull(predicted, "predicted"));
        Counts strict = count(MatchMode.STRICT, g, p);
        Counts tolerant = count(MatchMode.TOLERANT, g, p);
        Map<String, Score> tables = new TreeMap<>(TableLabels.ORDER);
        Map<Property, Score> properties = new EnumMap<>(Property.class);
        for (Counts c : List.of(strict, tolerant)) {
            c.tables.keySet().forEach(t -> tables.put(t, Score.EMPTY));
            c.properties.keySet().forEach(q -> properties.put(q, Score.EMPTY));
        }
        return new EvalReport(matcher.options(), g.size(), p.size(),
                strict.report(tables, properties), tolerant.report(tables, properties));
    }

    /** Counts of one mode; only classes with something counted have an entry. */
    private record Counts(MatchMode mode, Map<String, Score> tables, Map<Property, Score> properties,
                          List<Match> matches, List<Miss> misses, List<FalsePositive> falsePositives) {

        /** The mode report listing every class of {@code allTables}/{@code allProperties}. */
        ModeReport report(Map<String, Score> allTables, Map<Property, Score> allProperties) {
            Score micro = new Score(matches.size(), falsePositives.size(), misses.size());
            List<Score> reviewTables = tables.entrySet().stream()
                    .filter(e -> !e.getKey().equals(TableLabels.TEXT)).map(Map.Entry::getValue).toList();
            Map<String, Score> t = new TreeMap<>(TableLabels.ORDER);
            t.putAll(allTables);
            t.putAll(tables);
            Map<Property, Score> p = new EnumMap<>(Property.class);
            p.putAll(allProperties);
            p.putAll(properties);
            return new ModeReport(mode, micro, macro(reviewTables, micro), macro(properties.values(), micro),
                    t, p, matches, misses, falsePositives);
        }

        private static MacroScore macro(Collection<Score> scores, Score micro) {
            return MacroScore.over(scores, micro);
        }
    }

    private Counts count(MatchMode mode, List<GoldRecord> gold, List<Record> predicted) {
        int[] assignment = OneToOneMatching.assign(gold, predicted, matcher, mode);
        Map<String, Score> tables = new TreeMap<>(TableLabels.ORDER);
        Map<Property, Score> properties = new EnumMap<>(Property.class);
        List<Match> matches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        boolean[] predictedUsed = new boolean[predicted.size()];
        for (int i = 0; i < gold.size(); i++) {
            GoldRecord g = gold.get(i);
            Property property = g.record().property();
            int p = assignment[i];
            if (p >= 0) {
                predictedUsed[p] = true;
                matches.add(new Match(i, g, p, predicted.get(p)));
                tables.merge(g.table(), Score.EMPTY.plusTp(), Score::plus);
                properties.merge(property, Score.EMPTY.plusTp(), Score::plus);
            } else {
                misses.add(new Miss(i, g));
                tables.merge(g.table(), Score.EMPTY.plusFn(), Score::plus);
                properties.merge(property, Score.EMPTY.plusFn(), Score::plus);
            }
        }
        List<FalsePositive> falsePositives = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                Record r = predicted.get(p);
                String table = TableLabels.of(r);
                falsePositives.add(new FalsePositive(p, table, r));
                tables.merge(table, Score.EMPTY.plusFp(), Score::plus);
                properties.merge(r.property(), Score.EMPTY.plusFp(), Score::plus);
            }
        }
        return new Counts(mode, tables, properties, matches, misses, falsePositives);
    }
}
