package org.simine.index.search;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of matching records per value, for each requested dimension, largest first (ties by value).
 *
 * @param hits   the number of records counted (all matches, not only the shown ones)
 * @param counts per dimension, the values with their counts
 */
public record Facets(long hits, Map<FacetDimension, List<FacetCount>> counts) {
    public static final Facets NONE = new Facets(0, Map.of());

    public Facets {
        counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
    }

    public List<FacetCount> get(FacetDimension dimension) {
        return counts.getOrDefault(dimension, List.of());
    }

    /** The count of one value, 0 when absent. */
    public long count(FacetDimension dimension, String value) {
        return get(dimension).stream().filter(c -> c.value().equals(value)).mapToLong(FacetCount::count).sum();
    }

    static List<FacetCount> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(limit)
                .toList();
    }
}
