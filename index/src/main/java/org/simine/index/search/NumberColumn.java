package org.simine.index.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;

/**
 * One numeric field's doc values of one segment (the sortable-long form numbers are indexed in), unpacked into
 * an array with a bitset of the documents that have one, so that sorting hits by it is an array read per hit.
 * Built once per segment and field when a search first sorts by it, dropped when Lucene closes the segment.
 */
final class NumberColumn {
    private static final Map<IndexReader.CacheKey, Map<String, NumberColumn>> CACHE = new ConcurrentHashMap<>();

    private final long[] values;
    private final FixedBitSet present;
    /** The documents that have a value, by value then document; built when a sort first walks it. */
    private volatile int[] byValue;
    private final int count;

    private NumberColumn(LeafReader reader, String field) throws IOException {
        int maxDoc = Math.max(1, reader.maxDoc());
        values = new long[maxDoc];
        present = new FixedBitSet(maxDoc);
        NumericDocValues dv = DocValues.getNumeric(reader, field);
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            values[doc] = dv.longValue();
            present.set(doc);
        }
        count = present.cardinality();
    }

    static NumberColumn of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new NumberColumn(reader, field);
        }
        Map<String, NumberColumn> columns = CACHE.get(helper.getKey());
        if (columns == null) {
            columns = new ConcurrentHashMap<>();
            Map<String, NumberColumn> raced = CACHE.putIfAbsent(helper.getKey(), columns);
            if (raced == null) {
                helper.addClosedListener(CACHE::remove);
            } else {
                columns = raced;
            }
        }
        NumberColumn column = columns.get(field);
        if (column == null) {
            column = new NumberColumn(reader, field);
            columns.putIfAbsent(field, column);
        }
        return column;
    }

    boolean has(int doc) {
        return present.get(doc);
    }

    long value(int doc) {
        return values[doc];
    }

    /** Documents with a value. */
    int count() {
        return count;
    }

    private int order(int a, int b) {
        return values[a] != values[b] ? Long.compare(values[a], values[b]) : Integer.compare(a, b);
    }

    /**
     * The documents that have a value, ascending by value (then document). Sorting a dense hit set by value
     * walks this from either end and stops after the first hits instead of looking at every hit.
     */
    int[] byValue() {
        int[] order = byValue;
        if (order == null) {
            int[] docs = new int[count];
            int i = 0;
            for (int doc = present.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < present.length() ? present.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                docs[i++] = doc;
            }
            new IntroSorter() {
                private int pivot;

                @Override
                protected void setPivot(int k) {
                    pivot = docs[k];
                }

                @Override
                protected int comparePivot(int k) {
                    return order(pivot, docs[k]);
                }

                @Override
                protected int compare(int a, int b) {
                    return order(docs[a], docs[b]);
                }

                @Override
                protected void swap(int a, int b) {
                    int t = docs[a];
                    docs[a] = docs[b];
                    docs[b] = t;
                }
            }.sort(0, docs.length);
            order = docs;
            byValue = order;
        }
        return order;
    }
}
