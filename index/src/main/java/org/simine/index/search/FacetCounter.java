package org.simine.index.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the records of a hit set per value of some {@link FacetDimension}s, without scoring and without
 * iterating Lucene's doc values per hit: per segment it walks the hit bitset once per dimension and increments
 * the count of each hit's ordinal, read from an {@link OrdColumn}; ordinals become strings only at the end.
 */
final class FacetCounter {
    private FacetCounter() {
    }

    /**
     * @param hits  per segment (indexed like {@code leaves}), the records to count; null for none
     * @param limit values kept per dimension, largest counts first
     */
    static Facets count(List<LeafReaderContext> leaves, FixedBitSet[] hits, List<FacetDimension> dimensions,
                        int limit) throws IOException {
        long total = 0;
        Map<FacetDimension, Map<String, Long>> merged = new EnumMap<>(FacetDimension.class);
        dimensions.forEach(d -> merged.put(d, new HashMap<>()));
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet segmentHits = hits[leaf.ord];
            if (segmentHits == null) {
                continue;
            }
            total += segmentHits.cardinality();
            for (FacetDimension d : dimensions) {
                OrdColumn column = OrdColumn.of(leaf.reader(), d.field().fieldName());
                long[] counts = new long[column.valueCount() + 1];
                column.count(segmentHits, counts);
                Map<String, Long> into = merged.get(d);
                for (int ord = 1; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.merge(column.value(leaf.reader(), ord - 1), counts[ord], Long::sum);
                    }
                }
            }
        }
        Map<FacetDimension, List<FacetCount>> counts = new EnumMap<>(FacetDimension.class);
        for (FacetDimension d : dimensions) {
            counts.put(d, Facets.top(merged.get(d), limit));
        }
        return new Facets(total, counts);
    }
}
