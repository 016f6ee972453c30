package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.IndexField;
import org.simine.index.query.RecordMatcher;

/**
 * The first hits of a hit set in the requested order. Relevance is tiered: a record scores one point per word
 * clause of the query found in its own text (material, value, section, its sentence or table row) and nothing
 * for words found only elsewhere in its paper; equal scores keep paper and reading order. Relevance and paper
 * order are selected from the hit bitsets with one pass and a small heap per segment (a paper's records are
 * contiguous in reading order inside a segment, so document order breaks ties like the record ordinal); the
 * other orders are Lucene's sorted search over the same hits.
 */
final class TopRecords {
    /** Bits of the packed per-segment sort key: score (inverted), paper ordinal, document. */
    private static final int DOC_BITS = 28;
    private static final int MAX_SCORE = 0x7F;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    /** @param doc global document id; @param score relevance tier (words found in the record's own text) */
    record Hit(int doc, float score) {
    }

    private TopRecords() {
    }

    static List<Hit> top(IndexSearcher searcher, FixedBitSet[] hits, RecordMatcher matcher, SortOrder sort, int n)
            throws IOException {
        if (n == 0) {
            return List.of();
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        boolean fits = leaves.stream().allMatch(l -> l.reader().maxDoc() <= DOC_MASK);
        if (fits && sort.key() == SortOrder.Key.RELEVANCE) {
            return selected(leaves, hits, matcher, n, false);
        } else if (fits && sort.key() == SortOrder.Key.PAPER) {
            return selected(leaves, hits, null, n, sort.descending());
        }
        List<Hit> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(new HitsQuery(hits), n, sort.toSort(), false).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            out.add(new Hit(sd.doc, score(matcher, leaf, sd.doc - leaf.docBase)));
        }
        return out;
    }

    private static int score(RecordMatcher matcher, LeafReaderContext leaf, int doc) throws IOException {
        int score = 0;
        for (int i = 0; matcher != null && i < matcher.wordClauses(); i++) {
            if (matcher.ownText(leaf, i).get(doc)) {
                score++;
            }
        }
        return Math.min(score, MAX_SCORE);
    }

    /** Best score, then paper id (descending when asked), then reading order. */
    private static List<Hit> selected(List<LeafReaderContext> leaves, FixedBitSet[] hits, RecordMatcher matcher,
                                      int n, boolean papersDescending) throws IOException {
        record Candidate(LeafReaderContext leaf, long key, BytesRef paper) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet segmentHits = hits[leaf.ord];
            if (segmentHits == null) {
                continue;
            }
            OrdColumn papers = OrdColumn.of(leaf.reader(), IndexField.DOC.fieldName());
            FixedBitSet[] own = new FixedBitSet[matcher == null ? 0 : matcher.wordClauses()];
            for (int i = 0; i < own.length; i++) {
                own[i] = matcher.ownText(leaf, i);
            }
            for (long key : smallest(segmentHits, own, papers, papersDescending, n)) {
                int ord = papers.ord((int) (key & DOC_MASK));
                candidates.add(new Candidate(leaf, key,
                        ord < 0 ? null : new BytesRef(papers.value(leaf.reader(), ord))));
            }
        }
        Comparator<BytesRef> paperOrder = Comparator.nullsLast(papersDescending
                ? Comparator.<BytesRef>reverseOrder() : Comparator.<BytesRef>naturalOrder());
        candidates.sort(Comparator.<Candidate>comparingLong(c -> c.key() >>> (2 * DOC_BITS))
                .thenComparing(Candidate::paper, paperOrder)
                .thenComparingInt(c -> c.leaf().docBase + (int) (c.key() & DOC_MASK)));
        List<Hit> out = new ArrayList<>(Math.min(n, candidates.size()));
        for (Candidate c : candidates.subList(0, Math.min(n, candidates.size()))) {
            out.add(new Hit(c.leaf().docBase + (int) (c.key() & DOC_MASK),
                    MAX_SCORE - (int) (c.key() >>> (2 * DOC_BITS))));
        }
        return out;
    }

    /**
     * The {@code n} smallest keys (inverted score, paper ordinal, document) of a segment's hits, in a max-heap
     * whose top is the worst key kept, so that most hits cost one comparison.
     */
    private static long[] smallest(FixedBitSet hits, FixedBitSet[] own, OrdColumn papers, boolean descending,
                                   int n) {
        long[] heap = new long[n];
        int size = 0;
        long[] words = hits.getBits();
        int numWords = Math.min(words.length, (hits.length() + 63) >>> 6);
        int lastOrd = papers.valueCount() - 1;
        for (int w = 0; w < numWords; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                int score = 0;
                for (FixedBitSet o : own) {
                    if (o.get(doc)) {
                        score++;
                    }
                }
                int ord = papers.ord(doc);
                long paper = ord < 0 ? DOC_MASK : descending ? lastOrd - ord : ord;
                long key = ((long) (MAX_SCORE - Math.min(score, MAX_SCORE)) << (2 * DOC_BITS))
                        | (paper << DOC_BITS) | doc;
                if (size < n) {
                    heap[size] = key;
                    up(heap, size++);
                } else if (key < heap[0]) {
                    heap[0] = key;
                    down(heap, size);
                }
            }
        }
        long[] kept = java.util.Arrays.copyOf(heap, size);
        java.util.Arrays.sort(kept);
        return kept;
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

    /** Precomputed hit sets as a query, for Lucene's sorted search; valid on the searcher they came from. */
    private static final class HitsQuery extends Query {
        private final FixedBitSet[] hits;

        HitsQuery(FixedBitSet[] hits) {
            this.hits = hits;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext context) {
                    FixedBitSet bits = hits[context.ord];
                    long n = bits == null ? 0 : bits.cardinality();
                    return n == 0 ? null
                            : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, n));
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "hits";
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
