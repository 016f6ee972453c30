package org.simine.gold.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simine.gold.GoldRecord;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.Unit;

/**
 * Greedy one-to-one assignment of predictions to gold records: all compatible pairs are ranked (exact
 * normalised material first, then a prediction read from the same kind of source as the gold record — a
 * table cell for a table value, so the same value also stated in the prose does not take the cell's place —,
 * then smaller relative value distance, then gold order, then prediction order) and taken in that order when neither side is used yet. Greedy, not optimal: a maximum
 * matching could occasionally pair more records.
 */
final class OneToOneMatching {
    private record Candidate(int gold, int predicted, boolean exactMaterial, boolean sameKind, double distance) {
    }

    private record Key(Property property, Unit unit) {
    }

    private static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> !c.exactMaterial())
            .thenComparing((Candidate c) -> !c.sameKind())
            .thenComparingDouble(Candidate::distance)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predicted);

    private OneToOneMatching() {
    }

    /** Matches, indexed by gold position; -1 where a gold record stays unmatched. */
    static int[] assign(List<GoldRecord> gold, List<Record> predicted, RecordMatcher matcher, MatchMode mode) {
        Map<Key, List<Integer>> byKey = new HashMap<>();
        for (int p = 0; p < predicted.size(); p++) {
            Record r = predicted.get(p);
            byKey.computeIfAbsent(new Key(r.property(), r.unit()), k -> new ArrayList<>()).add(p);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Record gr = gold.get(g).record();
            for (int p : byKey.getOrDefault(new Key(gr.property(), gr.unit()), List.of())) {
                Record pr = predicted.get(p);
                if (matcher.matches(gr, pr, mode)) {
                    boolean exact = MaterialNames.normalise(gr.material())
                            .equals(MaterialNames.normalise(pr.material()));
                    boolean sameKind = gr.source() != null && pr.source() != null
                            && gr.source().kind() == pr.source().kind();
                    candidates.add(new Candidate(g, p, exact, sameKind, RecordMatcher.distance(gr, pr)));
                }
            }
        }
        candidates.sort(RANK);
        int[] goldToPredicted = new int[gold.size()];
        java.util.Arrays.fill(goldToPredicted, -1);
        boolean[] predictedUsed = new boolean[predicted.size()];
        for (Candidate c : candidates) {
            if (goldToPredicted[c.gold()] < 0 && !predictedUsed[c.predicted()]) {
                goldToPredicted[c.gold()] = c.predicted();
                predictedUsed[c.predicted()] = true;
            }
        }
        return goldToPredicted;
    }
}
