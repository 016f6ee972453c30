package org.simine.index.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.query.SegmentSets;

/**
 * Counts the records of a hit set per value of some {@link FacetDimension}s, without scoring and without reading
 * Lucene's doc values per hit: per segment the hits are decoded from their bitset once, and each dimension adds
 * one to the count of each hit's ordinal, read from an {@link OrdColumn}. When most of a segment's records are
 * hits, the records that are not are counted instead and subtracted from the segment's counts over all its live
 * records (kept per segment state), so the cost is bounded by half a segment whatever the number of hits.
 * Ordinals become strings only at the end.
 */
final class FacetCounter {
    private static final Map<IndexReader.CacheKey, Map<String, long[]>> ALL_COUNTS = new ConcurrentHashMap<>();

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
            int n = segmentHits.cardinality();
            total += n;
            if (n == 0 || dimensions.isEmpty()) {
                continue;
            }
            FixedBitSet live = SegmentSets.liveRecords(leaf);
            int records = live.cardinality();
            boolean complement = n > records / 2;
            FixedBitSet counted = segmentHits;
            if (complement) {
                counted = live.clone();
                counted.andNot(segmentHits);
            }
            int[] docs = docs(counted, complement ? records - n : n);
            for (FacetDimension d : dimensions) {
                OrdColumn column = OrdColumn.of(leaf.reader(), d.field().fieldName());
                long[] counts = new long[column.valueCount() + 1];
                column.count(docs, docs.length, counted, counts);
                if (complement) {
                    long[] all = allCounts(leaf, column, d);
                    for (int ord = 0; ord < counts.length; ord++) {
                        counts[ord] = all[ord] - counts[ord];
                    }
                }
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

    /** The documents of a bitset, in order. */
    private static int[] docs(FixedBitSet bits, int cardinality) {
        int[] docs = new int[cardinality];
        long[] words = bits.getBits();
        int numWords = FixedBitSet.bits2words(bits.length());
        int i = 0;
        for (int w = 0; w < numWords; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                docs[i++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return docs;
    }

    /** Counts over all live records of the segment, kept until its deletions change or it closes. */
    private static long[] allCounts(LeafReaderContext leaf, OrdColumn column, FacetDimension d) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
        Map<String, long[]> perField = helper == null ? new HashMap<>() : ALL_COUNTS.get(helper.getKey());
        if (perField == null) {
            perField = new ConcurrentHashMap<>();
            Map<String, long[]> raced = ALL_COUNTS.putIfAbsent(helper.getKey(), perField);
            if (raced == null) {
                helper.addClosedListener(ALL_COUNTS::remove);
            } else {
                perField = raced;
            }
        }
        long[] all = perField.get(d.field().fieldName());
        if (all == null) {
            FixedBitSet live = SegmentSets.liveRecords(leaf);
            all = new long[column.valueCount() + 1];
            column.count(docs(live, live.cardinality()), live.cardinality(), live, all);
            perField.put(d.field().fieldName(), all);
        }
        return all;
    }
}
