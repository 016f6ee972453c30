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
 * reading order, like {@link SortOrder#toSort()}. Per segment one pass over the hits keeps the n best by (key,
 * paper ordinal, position) in a heap whose worst entry is on top: most hits cost an array read and one
 * comparison. Segments are merged by value, paper id and position.
 */
final class FieldOrder {
    private static final long MISSING = Long.MAX_VALUE;
    /** The value walk is taken when its expected bit tests are fewer than the hits by at least this factor. */
    private static final int WALK_ADVANTAGE = 4;

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
        OrdColumn papers = keys.papers;
        Heap heap = new Heap(n);
        if (!walkByValue(keys, hits, n, heap)) {
            scan(keys, papers, hits, n, heap);
        }
        List<Candidate> out = new ArrayList<>(heap.size);
        for (int i = 0; i < heap.size; i++) {
            out.add(candidate(leaf, keys, papers, heap.docs[i], heap.keys[i]));
        }
        return out;
    }

    /**
     * For a number and a dense hit set: walks the segment's documents in value order from the best end and keeps
     * the first {@code n} hits and every hit that ties with the last of them (paper order decides among ties, in
     * the heap). Expected cost: about {@code n * documents / hits} bit tests, against one array read per hit for
     * {@link #scan}; it gives up after as many steps as there are hits (the hits sit at the far end of the value
     * order, e.g. the smallest values of a field that several properties share). Returns false, leaving the heap
     * empty, when the walk does not pay, gives up, or fewer than {@code n} hits have a value (hits without one come
     * last, in paper order, which only the scan gives).
     */
    private static boolean walkByValue(Keys keys, FixedBitSet hits, int n, Heap heap) {
        if (keys.numbers == null) {
            return false;
        }
        int hitCount = hits.cardinality();
        int withValue = keys.numbers.count();
        if (hitCount == 0 || (long) n * withValue / hitCount > hitCount / WALK_ADVANTAGE) {
            return false;
        }
        int[] order = keys.numbers.byValue();
        OrdColumn papers = keys.papers;
        int kept = 0;
        long last = 0;
        for (int i = 0; i < order.length; i++) {
            if (i > hitCount) {
                heap.size = 0;
                return false;   // the hits sit at the far end of the value order: the scan is cheaper from here
            }
            int doc = order[keys.descending ? order.length - 1 - i : i];
            if (!hits.get(doc)) {
                continue;
            }
            long key = keys.key(doc);
            if (kept >= n && key != last) {
                return true;
            }
            if (heap.size < n) {
                heap.add(key, papers.ord(doc), doc);
            } else {
                heap.offer(key, papers.ord(doc), doc);
            }
            kept++;
            last = key;
        }
        if (kept >= n) {
            return true;
        }
        heap.size = 0;
        return false;
    }

    /** One pass over the hits, keeping the n best in the heap. */
    private static void scan(Keys keys, OrdColumn papers, FixedBitSet hits, int n, Heap heap) {
        long[] words = hits.getBits();
        int numWords = FixedBitSet.bits2words(hits.length());
        for (int w = 0; w < numWords; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                long key = keys.key(doc);
                if (heap.size < n) {
                    heap.add(key, papers.ord(doc), doc);
                } else if (key <= heap.keys[0]) {
                    heap.offer(key, papers.ord(doc), doc);
                }
            }
        }
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
        private final OrdColumn papers;

        Keys(LeafReaderContext leaf, SortOrder sort) throws IOException {
            this.leaf = leaf;
            this.papers = OrdColumn.of(leaf.reader(), IndexField.DOC.fieldName());
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

    /**
     * The n best hits of a segment by (key, paper ordinal, document), in a max-heap whose top is the worst kept,
     * so that a hit costs one comparison unless it ties with or beats the worst.
     */
    private static final class Heap {
        final long[] keys;
        final int[] papers;
        final int[] docs;
        int size;

        Heap(int n) {
            keys = new long[n];
            papers = new int[n];
            docs = new int[n];
        }

        void add(long key, int paper, int doc) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(key, paper, doc, parent)) {
                    break;
                }
                move(parent, i);
                i = parent;
            }
            set(i, key, paper, doc);
        }

        /** Replaces the worst kept hit when this one is better. */
        void offer(long key, int paper, int doc) {
            if (!better(key, paper, doc, 0)) {
                return;
            }
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && better(keys[child], papers[child], docs[child], child + 1)) {
                    child++; // the worse child moves up
                }
                if (!better(key, paper, doc, child)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, key, paper, doc);
        }

        /** Whether (key, paper, doc) sorts after entry i. */
        private boolean worse(long key, int paper, int doc, int i) {
            if (key != keys[i]) {
                return key > keys[i];
            }
            if (paper != papers[i]) {
                return Integer.compareUnsigned(paper, papers[i]) > 0; // no paper id (-1) last
            }
            return doc > docs[i];
        }

        private boolean better(long key, int paper, int doc, int i) {
            return !worse(key, paper, doc, i) && !(key == keys[i] && paper == papers[i] && doc == docs[i]);
        }

        private void move(int from, int to) {
            set(to, keys[from], papers[from], docs[from]);
        }

        private void set(int i, long key, int paper, int doc) {
            keys[i] = key;
            papers[i] = paper;
            docs[i] = doc;
        }
    }
}
