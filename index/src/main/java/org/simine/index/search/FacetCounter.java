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
            OrdColumn[] columns = new OrdColumn[dimensions.size()];
            long[][] counts = new long[dimensions.size()][];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = OrdColumn.of(leaf.reader(), dimensions.get(i).field().fieldName());
                counts[i] = new long[columns[i].valueCount() + 1];
            }
            count(counted, complement ? records - n : n, columns, counts);
            for (int i = 0; i < columns.length; i++) {
                FacetDimension d = dimensions.get(i);
                if (complement) {
                    long[] all = allCounts(leaf, columns[i], d);
                    for (int ord = 0; ord < counts[i].length; ord++) {
                        counts[i][ord] = all[ord] - counts[i][ord];
                    }
                }
                Map<String, Long> into = merged.get(d);
                for (int ord = 1; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        into.merge(columns[i].value(leaf.reader(), ord - 1), counts[i][ord], Long::sum);
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

    /**
     * Counts the documents of {@code bits} into {@code counts} per column. Columns of byte ordinals (the usual
     * facets: properties, elements, units, sources) are counted together in one pass over the bitset; the others
     * from the decoded documents.
     */
    private static void count(FixedBitSet bits, int cardinality, OrdColumn[] columns, long[][] counts) {
        int small = 0;
        for (OrdColumn c : columns) {
            small += c.bytes() != null ? 1 : 0;
        }
        byte[][] bytes = new byte[small][];
        long[][] byteCounts = new long[small][];
        int k = 0;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].bytes() != null) {
                bytes[k] = columns[i].bytes();
                byteCounts[k++] = counts[i];
            }
        }
        if (small > 0) {
            long[] words = bits.getBits();
            int numWords = FixedBitSet.bits2words(bits.length());
            for (int w = 0; w < numWords; w++) {
                for (long word = words[w]; word != 0; word &= word - 1) {
                    int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                    for (int c = 0; c < small; c++) {
                        byteCounts[c][bytes[c][doc] & 0xFF]++;
                    }
                }
            }
        }
        int[] docs = small == columns.length ? null : docs(bits, cardinality);
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].bytes() != null) {
                columns[i].countMore(bits, counts[i]);
            } else {
                columns[i].count(docs, docs.length, bits, counts[i]);
            }
        }
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
            count(live, live.cardinality(), new OrdColumn[] {column}, new long[][] {all});
            perField.put(d.field().fieldName(), all);
        }
        return all;
    }
}
