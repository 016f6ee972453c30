package org.simine.gold.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Score;
import org.simine.model.Property;
import org.simine.model.Record;

/**
 * Scores the records extracted from each row of a statements file against the row's expected records.
 *
 * <p>Matching is one-to-one within a row ({@link StatementMatcher} says which pairs may match): a maximum matching,
 * so a row's records are paired as often as they can be; among equally many pairs, each expected record prefers the
 * prediction that also matches strictly, then the closest value, then the earlier one. A prediction without a
 * material is never matched ("material required"): it is a false positive and is also counted as a record without
 * material. Every prediction on a negative row (one expecting nothing) is a false positive there.
 */
public final class StatementsEvaluator {
    private final StatementMatcher matcher;

    /** @param relativeTolerance relative tolerance on values, rates, baselines and concentrations (0.01 = 1 %) */
    public StatementsEvaluator(double relativeTolerance) {
        this.matcher = new StatementMatcher(relativeTolerance);
    }

    public StatementMatcher matcher() {
        return matcher;
    }

    /**
     * @param statements the rows, in file order
     * @param predicted  the records extracted from each row's text, by row id; a row without an entry gave none
     * @throws IllegalArgumentException when {@code predicted} names a row that is not among the statements
     */
    public StatementsReport evaluate(List<Statement> statements, Map<String, List<Record>> predicted) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(predicted, "predicted");
        Set<String> ids = new HashSet<>();
        statements.forEach(s -> ids.add(s.id()));
        for (String id : predicted.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("predictions for row " + id + ", which is not in the statements");
            }
        }
        List<RowResult> rows = new ArrayList<>();
        for (Statement s : statements) {
            List<Record> p = predicted.getOrDefault(s.id(), List.of());
            rows.add(new RowResult(s, p, assign(s.expected(), p, MatchMode.STRICT),
                    assign(s.expected(), p, MatchMode.TOLERANT)));
        }
        return report(rows);
    }

    private StatementsReport report(List<RowResult> rows) {
        Map<String, Integer> shapeRows = new TreeMap<>();
        int gold = 0;
        int predictions = 0;
        int negativeRows = 0;
        int negativeFalse = 0;
        int negativeRowsHit = 0;
        int noMaterial = 0;
        List<StatementMiss> misses = new ArrayList<>();
        List<StatementFalsePositive> falsePositives = new ArrayList<>();
        Map<MatchMode, Counts> counts = new EnumMap<>(MatchMode.class);
        for (MatchMode mode : MatchMode.values()) {
            counts.put(mode, new Counts());
        }
        for (RowResult row : rows) {
            Statement s = row.statement();
            shapeRows.merge(s.shape(), 1, Integer::sum);
            gold += s.expected().size();
            predictions += row.predicted().size();
            if (s.negative()) {
                negativeRows++;
                negativeFalse += row.predicted().size();
                negativeRowsHit += row.predicted().isEmpty() ? 0 : 1;
            }
            for (MatchMode mode : MatchMode.values()) {
                counts.get(mode).add(row, mode);
            }
            for (int i = 0; i < s.expected().size(); i++) {
                Set<MatchMode> modes = EnumSet.noneOf(MatchMode.class);
                for (MatchMode mode : MatchMode.values()) {
                    if (row.matchOf(mode, i) < 0) {
                        modes.add(mode);
                    }
                }
                if (!modes.isEmpty()) {
                    misses.add(miss(row, i, modes));
                }
            }
            for (int p = 0; p < row.predicted().size(); p++) {
                Record r = row.predicted().get(p);
                boolean withoutMaterial = !StatementMatcher.hasMaterial(r);
                noMaterial += withoutMaterial ? 1 : 0;
                Set<MatchMode> modes = EnumSet.noneOf(MatchMode.class);
                for (MatchMode mode : MatchMode.values()) {
                    if (!row.used(mode, p)) {
                        modes.add(mode);
                    }
                }
                if (!modes.isEmpty()) {
                    falsePositives.add(new StatementFalsePositive(s.id(), s.shape(), p, r, modes, withoutMaterial));
                }
            }
        }
        Set<Property> properties = EnumSet.noneOf(Property.class);
        Set<String> shapes = shapeRows.keySet();
        counts.values().forEach(c -> properties.addAll(c.properties.keySet()));
        return new StatementsReport(matcher.tolerance(), rows.size(), negativeRows, gold, predictions,
                counts.get(MatchMode.STRICT).report(MatchMode.STRICT, properties, shapes),
                counts.get(MatchMode.TOLERANT).report(MatchMode.TOLERANT, properties, shapes),
                shapeRows, negativeFalse, negativeRowsHit, noMaterial, misses, falsePositives, rows);
    }

    private StatementMiss miss(RowResult row, int i, Set<MatchMode> modes) {
        Statement s = row.statement();
        Record expected = s.expected().get(i);
        Record nearest = null;
        List<String> nearestMismatches = List.of();
        for (Record p : row.predicted()) {
            if (p.property() != expected.property()) {
                continue;
            }
            List<String> m = matcher.mismatches(expected, p, MatchMode.STRICT);
            if (nearest == null || m.size() < nearestMismatches.size()) {
                nearest = p;
                nearestMismatches = m;
            }
        }
        return new StatementMiss(s.id(), s.shape(), i, expected, modes, nearest, nearestMismatches);
    }

    /**
     * A maximum one-to-one matching of one row (augmenting paths; rows hold a handful of records). Each expected
     * record tries its candidates in preference order: a strict match first, then the closest value, then the
     * earlier prediction.
     *
     * @return per expected record, the matched prediction's index or -1
     */
    private List<Integer> assign(List<Record> expected, List<Record> predicted, MatchMode mode) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (Record e : expected) {
            List<Integer> c = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (matcher.matches(e, predicted.get(p), mode)) {
                    c.add(p);
                }
            }
            c.sort(Comparator.comparing((Integer p) -> !matcher.matches(e, predicted.get(p), MatchMode.STRICT))
                    .thenComparingDouble(p -> StatementMatcher.distance(e, predicted.get(p)))
                    .thenComparingInt(p -> p));
            candidates.add(c);
        }
        int[] owner = new int[predicted.size()];
        Arrays.fill(owner, -1);
        for (int e = 0; e < expected.size(); e++) {
            augment(e, candidates, owner, new boolean[predicted.size()]);
        }
        Integer[] out = new Integer[expected.size()];
        Arrays.fill(out, -1);
        for (int p = 0; p < owner.length; p++) {
            if (owner[p] >= 0) {
                out[owner[p]] = p;
            }
        }
        return List.of(out);
    }

    private static boolean augment(int e, List<List<Integer>> candidates, int[] owner, boolean[] seen) {
        for (int p : candidates.get(e)) {
            if (seen[p]) {
                continue;
            }
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], candidates, owner, seen)) {
                owner[p] = e;
                return true;
            }
        }
        return false;
    }

    /** Counts of one mode while the rows are walked. */
    private static final class Counts {
        Score micro = Score.EMPTY;
        final Map<Property, Score> properties = new EnumMap<>(Property.class);
        final Map<String, Score> shapes = new LinkedHashMap<>();

        void add(RowResult row, MatchMode mode) {
            Statement s = row.statement();
            Score shape = shapes.getOrDefault(s.shape(), Score.EMPTY);
            for (int i = 0; i < s.expected().size(); i++) {
                Property property = s.expected().get(i).property();
                boolean found = row.matchOf(mode, i) >= 0;
                Score one = found ? Score.EMPTY.plusTp() : Score.EMPTY.plusFn();
                micro = micro.plus(one);
                shape = shape.plus(one);
                properties.merge(property, one, Score::plus);
            }
            for (int p = 0; p < row.predicted().size(); p++) {
                if (!row.used(mode, p)) {
                    Score one = Score.EMPTY.plusFp();
                    micro = micro.plus(one);
                    shape = shape.plus(one);
                    properties.merge(row.predicted().get(p).property(), one, Score::plus);
                }
            }
            shapes.put(s.shape(), shape);
        }

        StatementsModeReport report(MatchMode mode, Set<Property> allProperties, Set<String> allShapes) {
            Map<Property, Score> p = new EnumMap<>(Property.class);
            allProperties.forEach(q -> p.put(q, properties.getOrDefault(q, Score.EMPTY)));
            Map<String, Score> sh = new LinkedHashMap<>();
            allShapes.forEach(name -> sh.put(name, shapes.getOrDefault(name, Score.EMPTY)));
            return new StatementsModeReport(mode, micro, p, sh);
        }
    }
}
