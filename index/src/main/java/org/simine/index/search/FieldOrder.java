package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.IndexField;

/**
 * The first hits by a number or a keyword (ascending or descending, records without one last), then paper and
 * reading order, like {@link SortOrder#toSort()}. Per segment one pass finds the n-th best key with a small heap
 * of longs; the hits better than it are ranked, and those equal to it (ties are common: rates and properties
 * have few values) are taken in paper order from {@link PaperBlocks}. Segments are merged by value, paper id and
 * position. The cost is two array reads per hit, whatever the order.
 */
final class FieldOrder {
    private static final long MISSING = Long.MAX_VALUE;

    private FieldOrder() {
    }

    /** A hit with its key in its segment (smaller is better), its value for merging and its paper id. */
    private record Candidate(int doc, long key, BytesRef keyword, BytesRef paper) {
    }

    /** Global document ids of the first {@code n} hits. */
    static List<Integer> top(List<LeafReaderContext> leaves, FixedBitSet[] hits, SortOrder sort, int n)
            throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            if (hits[leaf.ord] != null) {
                candidates.addAll(segment(leaf, hits[leaf.ord], sort, n));
            }
        }
        Comparator<BytesRef> keywordOrder = Comparator.nullsLast(sort.descending()
                ? Comparator.<BytesRef>reverseOrder() : Comparator.<BytesRef>naturalOrder());
        Comparator<Candidate> byValue = sort.key().keyword()
                ? Comparator.comparing(Candidate::keyword, keywordOrder) : Comparator.comparingLong(Candidate::key);
        candidates.sort(byValue.thenComparing(Candidate::paper, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Candidate::doc));
        return candidates.subList(0, Math.min(n, candidates.size())).stream().map(Candidate::doc).toList();
    }

    private static List<Candidate> segment(LeafReaderContext leaf, FixedBitSet hits, SortOrder sort, int n)
            throws IOException {
        Keys keys = new Keys(leaf, sort);
        long[] heap = new long[n];
        int size = 0;
        long[] words = hits.getBits();
        int numWords = FixedBitSet.bits2words(hits.length());
        for (int w = 0; w < numWords; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                long key = keys.key((w << 6) + Long.numberOfTrailingZeros(word));
                if (size < n) {
                    heap[size] = key;
                    up(heap, size++);
                } else if (key < heap[0]) {
                    heap[0] = key;
                    down(heap, size);
                }
            }
        }
        // every hit better than the n-th key, then hits equal to it in paper order
        long nth = size < n ? MISSING : heap[0];
        List<long[]> better = new ArrayList<>();
        FixedBitSet equal = new FixedBitSet(hits.length());
        for (int w = 0; w < numWords; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                long key = keys.key(doc);
                if (key < nth) {
                    better.add(new long[] {key, doc});
                } else if (key == nth) {
                    equal.set(doc);
                }
            }
        }
        OrdColumn papers = OrdColumn.of(leaf.reader(), IndexField.DOC.fieldName());
        List<Candidate> out = new ArrayList<>();
        for (long[] b : better) {
            out.add(candidate(leaf, keys, papers, (int) b[1], b[0]));
        }
        for (int doc : PaperBlocks.of(leaf).first(equal, Math.max(0, n - better.size()), false)) {
            out.add(candidate(leaf, keys, papers, doc, nth));
        }
        return out;
    }

    private static Candidate candidate(LeafReaderContext leaf, Keys keys, OrdColumn papers, int doc, long key)
            throws IOException {
        int paper = papers.ord(doc);
        return new Candidate(leaf.docBase + doc, key, keys.keyword(doc),
                paper < 0 ? null : new BytesRef(papers.value(leaf.reader(), paper)));
    }

    /** Per-segment sort keys: smaller is better, records without a value last. */
    private static final class Keys {
        private final LeafReaderContext leaf;
        private final boolean descending;
        private final NumberColumn numbers;
        private final OrdColumn keywords;

        Keys(LeafReaderContext leaf, SortOrder sort) throws IOException {
            this.leaf = leaf;
            this.descending = sort.descending();
            String field = sort.key().field().fieldName();
            this.numbers = sort.key().keyword() ? null : NumberColumn.of(leaf.reader(), field);
            this.keywords = sort.key().keyword() ? OrdColumn.of(leaf.reader(), field) : null;
        }

        long key(int doc) {
            if (numbers != null) {
                if (!numbers.has(doc)) {
                    return MISSING;
                }
                long v = numbers.value(doc);
                return descending ? ~v : v;
            }
            int ord = keywords.ord(doc);
            return ord < 0 ? MISSING : descending ? keywords.valueCount() - 1 - ord : ord;
        }

        /** The keyword value for merging segments (null for numbers and missing values). */
        BytesRef keyword(int doc) throws IOException {
            if (keywords == null) {
                return null;
            }
            int ord = keywords.ord(doc);
            return ord < 0 ? null : new BytesRef(keywords.value(leaf.reader(), ord));
        }
    }

    private static void up(long[] heap, int i) {
        long v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    private static void down(long[] heap, int size) {
        long v = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }
}
