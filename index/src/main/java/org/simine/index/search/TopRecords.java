package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.IndexField;
import org.simine.index.query.RecordMatcher;

/**
 * The first hits of a hit set in the requested order. Relevance is tiered: a record scores one point per word
 * clause of the query found in its own text (material, value, section, its sentence or table row) and nothing
 * for words found only elsewhere in its paper; equal scores keep paper and reading order. Relevance and paper
 * order are selected from the hit bitsets without ranking every hit (a paper's records are contiguous and in
 * reading order inside a segment, so document order breaks ties like the record ordinal); the other orders by
 * {@link FieldOrder}.
 */
final class TopRecords {
    /** Word clauses counted at most (a query of more words ranks as if it had this many). */
    private static final int MAX_SCORE = 15;

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
        if (sort.key() == SortOrder.Key.RELEVANCE) {
            return selected(leaves, hits, matcher, n, false);
        }
        List<Integer> docs = sort.key() == SortOrder.Key.PAPER
                ? selected(leaves, hits, null, n, sort.descending()).stream().map(Hit::doc).toList()
                : FieldOrder.top(leaves, hits, sort, n);
        List<Hit> out = new ArrayList<>();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            out.add(new Hit(doc, score(matcher, leaf, doc - leaf.docBase)));
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

    /**
     * Best score, then paper id (descending when asked), then reading order. Hits are split into score levels by
     * bit-sliced counting of the word clauses' own-text sets (word operations on 64 documents at a time); from
     * the best level down, each segment gives its first hits of the level in paper order ({@link PaperBlocks}),
     * and segments are merged by paper id, until {@code n} hits are found.
     */
    private static List<Hit> selected(List<LeafReaderContext> leaves, FixedBitSet[] hits, RecordMatcher matcher,
                                      int n, boolean papersDescending) throws IOException {
        int clauses = matcher == null ? 0 : Math.min(matcher.wordClauses(), MAX_SCORE);
        ScoreLevels[] levels = new ScoreLevels[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            if (hits[leaf.ord] != null) {
                FixedBitSet[] own = new FixedBitSet[clauses];
                for (int i = 0; i < clauses; i++) {
                    own[i] = matcher.ownText(leaf, i);
                }
                levels[leaf.ord] = new ScoreLevels(hits[leaf.ord], own);
            }
        }
        record Candidate(int doc, BytesRef paper) {
        }
        Comparator<BytesRef> paperOrder = Comparator.nullsLast(papersDescending
                ? Comparator.<BytesRef>reverseOrder() : Comparator.<BytesRef>naturalOrder());
        Comparator<Candidate> order = Comparator.comparing(Candidate::paper, paperOrder)
                .thenComparingInt(Candidate::doc);
        List<Hit> out = new ArrayList<>(n);
        for (int score = clauses; score >= 0 && out.size() < n; score--) {
            int need = n - out.size();
            List<Candidate> candidates = new ArrayList<>();
            for (LeafReaderContext leaf : leaves) {
                if (levels[leaf.ord] == null) {
                    continue;
                }
                OrdColumn papers = OrdColumn.of(leaf.reader(), IndexField.DOC.fieldName());
                for (int doc : PaperBlocks.of(leaf).first(levels[leaf.ord].level(score), need, papersDescending)) {
                    int ord = papers.ord(doc);
                    candidates.add(new Candidate(leaf.docBase + doc,
                            ord < 0 ? null : new BytesRef(papers.value(leaf.reader(), ord))));
                }
            }
            candidates.sort(order);
            for (Candidate c : candidates.subList(0, Math.min(need, candidates.size()))) {
                out.add(new Hit(c.doc(), score));
            }
        }
        return out;
    }

    /** A segment's hits split by score: how many of the word clauses each hit has in its own text. */
    private static final class ScoreLevels {
        private final FixedBitSet hits;
        /** Bit-sliced per-document counts: bit s of a document's score is its bit in slices[s]. */
        private final long[][] slices;

        ScoreLevels(FixedBitSet hits, FixedBitSet[] own) {
            this.hits = hits;
            int words = FixedBitSet.bits2words(hits.length());
            int bits = 32 - Integer.numberOfLeadingZeros(own.length);
            slices = new long[bits][words];
            long[] h = hits.getBits();
            for (FixedBitSet o : own) {
                long[] ob = o.getBits();
                for (int w = 0; w < words; w++) {
                    long carry = ob[w] & h[w];
                    for (int s = 0; s < bits && carry != 0; s++) {
                        long sum = slices[s][w] ^ carry;
                        carry &= slices[s][w];
                        slices[s][w] = sum;
                    }
                }
            }
        }

        /** The hits with exactly this score. */
        FixedBitSet level(int score) {
            if (slices.length == 0) {
                return hits;
            }
            long[] h = hits.getBits();
            long[] out = new long[h.length];
            for (int w = 0; w < slices[0].length; w++) {
                long m = h[w];
                for (int s = 0; s < slices.length; s++) {
                    m &= ((score >>> s) & 1) != 0 ? slices[s][w] : ~slices[s][w];
                }
                out[w] = m;
            }
            return new FixedBitSet(out, hits.length());
        }
    }
}
