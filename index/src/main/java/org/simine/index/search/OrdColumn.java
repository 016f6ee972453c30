package org.simine.index.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One keyword field's doc-values ordinals of one segment, unpacked into an array (a byte, short or int per
 * document, as few as the number of values allows) so that counting a hit is an array read and an increment.
 * Documents with several values (a record doped with two elements) keep their further ordinals on the side.
 * Built once per segment and field, dropped when Lucene closes the segment.
 */
final class OrdColumn {
    private static final Map<IndexReader.CacheKey, Map<String, OrdColumn>> CACHE = new ConcurrentHashMap<>();

    private final String field;
    /** ordinal + 1 per document, 0 when the document has no value; exactly one of the three is set. */
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    /** Ordinals after the first of documents with several values. */
    private final Map<Integer, long[]> more;
    private final int valueCount;
    /** The values by ordinal, read on first use. */
    private volatile String[] values;

    private OrdColumn(String field, LeafReader reader) throws IOException {
        this.field = field;
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        this.valueCount = Math.toIntExact(dv.getValueCount());
        int maxDoc = reader.maxDoc();
        this.bytes = valueCount < 0xFF ? new byte[maxDoc] : null;
        this.shorts = bytes == null && valueCount < 0xFFFF ? new short[maxDoc] : null;
        this.ints = bytes == null && shorts == null ? new int[maxDoc] : null;
        Map<Integer, long[]> several = new HashMap<>();
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            int n = dv.docValueCount();
            int first = (int) dv.nextOrd() + 1;
            if (bytes != null) {
                bytes[doc] = (byte) first;
            } else if (shorts != null) {
                shorts[doc] = (short) first;
            } else {
                ints[doc] = first;
            }
            if (n > 1) {
                long[] rest = new long[n - 1];
                for (int k = 0; k < rest.length; k++) {
                    rest[k] = dv.nextOrd();
                }
                several.put(doc, rest);
            }
        }
        this.more = several.isEmpty() ? Map.of() : several;
    }

    /** The column of {@code field} in this segment. */
    static OrdColumn of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new OrdColumn(field, reader);
        }
        Map<String, OrdColumn> columns = CACHE.get(helper.getKey());
        if (columns == null) {
            columns = new ConcurrentHashMap<>();
            Map<String, OrdColumn> raced = CACHE.putIfAbsent(helper.getKey(), columns);
            if (raced == null) {
                helper.addClosedListener(CACHE::remove);
            } else {
                columns = raced;
            }
        }
        OrdColumn column = columns.get(field);
        if (column == null) {
            column = new OrdColumn(field, reader);
            columns.putIfAbsent(field, column);
        }
        return column;
    }

    /** The per-document ordinals + 1 when they fit a byte, else null. */
    byte[] bytes() {
        return bytes;
    }

    /** Adds the ordinals of documents with several values among the hits ({@code counts} as in count). */
    void countMore(FixedBitSet hits, long[] counts) {
        for (Map.Entry<Integer, long[]> e : more.entrySet()) {
            if (hits.get(e.getKey())) {
                for (long ord : e.getValue()) {
                    counts[(int) ord + 1]++;
                }
            }
        }
    }

    int valueCount() {
        return valueCount;
    }

    /** The first (smallest) ordinal of a document, -1 when it has no value. */
    int ord(int doc) {
        return (bytes != null ? bytes[doc] & 0xFF : shorts != null ? shorts[doc] & 0xFFFF : ints[doc]) - 1;
    }

    /** The value of an ordinal (all values of the column are read once, in one pass over its terms). */
    String value(LeafReader reader, int ord) throws IOException {
        String[] all = values;
        if (all == null) {
            all = new String[valueCount];
            TermsEnum terms = DocValues.getSortedSet(reader, field).termsEnum();
            int i = 0;
            for (BytesRef term = terms.next(); term != null && i < all.length; term = terms.next()) {
                all[i++] = term.utf8ToString();
            }
            values = all;
        }
        return all[ord];
    }

    /**
     * Adds, per ordinal, the number of documents among {@code docs[0..n)} that have it ({@code hits} holds the
     * same documents); {@code counts} has {@link #valueCount()} + 1 slots, slot 0 counting documents without one.
     */
    void count(int[] docs, int n, FixedBitSet hits, long[] counts) {
        if (bytes != null) {
            for (int i = 0; i < n; i++) {
                counts[bytes[docs[i]] & 0xFF]++;
            }
        } else if (shorts != null) {
            for (int i = 0; i < n; i++) {
                counts[shorts[docs[i]] & 0xFFFF]++;
            }
        } else {
            for (int i = 0; i < n; i++) {
                counts[ints[docs[i]]]++;
            }
        }
        countMore(hits, counts);
    }
}
