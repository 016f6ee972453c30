package org.simine.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The records a query selects, per segment, as a bitset, computed by set algebra rather than by Lucene's scoring
 * iterators. Each leaf (a term, a range, words in one field) is read once into a bitset; AND, OR and NOT are word
 * operations on 64 documents at a time; "the record's paper mentions the words" sets whole blocks at once (a
 * paper's documents are one contiguous block ending with the paper document). So the cost of a query is the sum
 * of its leaves' match counts, whatever the number of hits, and nothing is scored: ranking uses
 * {@link #ownText}, the per-clause sets of records whose own text has the words.
 *
 * <p>Bound to the searcher it was built on; not thread-safe (build one per search).
 */
public final class RecordMatcher {
    private final Node root;
    /** Word clauses not under NOT, matched against the record's own text: the ranking tiers. */
    private final List<Node> ownText = new ArrayList<>();
    private LeafReaderContext leaf;
    private final Map<Node, FixedBitSet> memo = new IdentityHashMap<>();
    /** Own-text sets per segment, kept after the segment is done: ranking reads them after matching. */
    private final Map<LeafReaderContext, Map<Node, FixedBitSet>> ownMemo = new IdentityHashMap<>();

    RecordMatcher(IndexSearcher searcher, QueryCompiler compiler, QueryNode query) throws IOException {
        this.root = compile(searcher, compiler, query, true);
    }

    /** The live records of one segment that match; callers must not modify the set. */
    public FixedBitSet matches(LeafReaderContext context) throws IOException {
        FixedBitSet hits = eval(root, context).clone();
        hits.and(SegmentSets.liveRecords(context));
        return hits;
    }

    /** Number of word clauses that rank (see {@link #ownText}). */
    public int wordClauses() {
        return ownText.size();
    }

    /**
     * For word clause {@code i}: the documents of the segment whose own text (material, value, section, sentence)
     * has the words, as opposed to records that match only because their paper mentions them elsewhere.
     */
    public FixedBitSet ownText(LeafReaderContext context, int i) throws IOException {
        Node node = ownText.get(i);
        FixedBitSet kept = ownMemo.getOrDefault(context, Map.of()).get(node);
        return kept != null ? kept : eval(node, context);
    }

    private FixedBitSet eval(Node node, LeafReaderContext context) throws IOException {
        if (leaf != context) {
            leaf = context;
            memo.clear();
        }
        FixedBitSet bits = memo.get(node);
        if (bits == null) {
            bits = node.eval(context, this);
            memo.put(node, bits);
            if (ownText.stream().anyMatch(o -> o == node)) {
                ownMemo.computeIfAbsent(context, c -> new IdentityHashMap<>()).put(node, bits);
            }
        }
        return bits;
    }

    private Node compile(IndexSearcher searcher, QueryCompiler compiler, QueryNode n, boolean positive)
            throws IOException {
        if (n instanceof QueryNode.All) {
            return new AllRecords();
        } else if (n instanceof QueryNode.And and) {
            List<Node> must = new ArrayList<>();
            List<Node> not = new ArrayList<>();
            for (QueryNode c : and.clauses()) {
                if (c instanceof QueryNode.Not negated) {
                    not.add(compile(searcher, compiler, negated.clause(), !positive));
                } else {
                    must.add(compile(searcher, compiler, c, positive));
                }
            }
            return new Intersection(must, not);
        } else if (n instanceof QueryNode.Or or) {
            List<Node> any = new ArrayList<>();
            for (QueryNode c : or.clauses()) {
                any.add(compile(searcher, compiler, c, positive));
            }
            return new Union(any);
        } else if (n instanceof QueryNode.Not not) {
            return new Intersection(List.of(), List.of(compile(searcher, compiler, not.clause(), !positive)));
        } else if (n instanceof QueryNode.FreeText free) {
            Node own = leaf(searcher, compiler.ownWords(free.text()));
            if (positive) {
                ownText.add(own);
            }
            return new Union(List.of(own, new InPapers(weight(searcher, compiler.paperWords(free.text())))));
        } else if (n instanceof QueryNode.FieldText text && text.field().kind() == SearchField.Kind.PAPER_TEXT) {
            return new InPapers(weight(searcher, compiler.paperField(text.field().indexField(), text.text())));
        } else if (n instanceof QueryNode.FieldText text) {
            Node own = leaf(searcher, compiler.fieldWords(text.field().indexField(), text.text()));
            if (positive) {
                ownText.add(own);
            }
            return own;
        } else if (n instanceof QueryNode.Exact exact) {
            return new TermLeaf(QueryCompiler.term(exact));
        }
        return leaf(searcher, compiler.filter(n));
    }

    private static Node leaf(IndexSearcher searcher, Query query) throws IOException {
        return new Leaf(weight(searcher, query));
    }

    private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** A node of the compiled query: a set of documents of one segment (not only records, not only live ones). */
    private interface Node {
        /** A new set or a memoised one; never modified afterwards. */
        FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException;
    }

    private static FixedBitSet empty(LeafReaderContext context) {
        return new FixedBitSet(Math.max(1, context.reader().maxDoc()));
    }

    /** The documents a Lucene query matches. */
    private record Leaf(Weight weight) implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            FixedBitSet bits = empty(context);
            Scorer scorer = weight.scorer(context);
            if (scorer != null) {
                bits.or(scorer.iterator());
            }
            return bits;
        }
    }

    /** The documents of an exact term, through {@link TermSets} (common terms are kept per segment). */
    private record TermLeaf(Term term) implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            return TermSets.of(context, term);
        }
    }

    /**
     * Every document of the blocks (papers) in which the query matches a document (a passage or the paper's
     * title): a join from paper text to records without leaving the segment. After a match the query skips the
     * rest of its block.
     */
    private record InPapers(Weight weight) implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            FixedBitSet bits = empty(context);
            Scorer scorer = weight.scorer(context);
            if (scorer == null) {
                return bits;
            }
            FixedBitSet papers = SegmentSets.papers(context);
            int maxDoc = context.reader().maxDoc();
            DocIdSetIterator it = scorer.iterator();
            int doc = it.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                int paper = papers.nextSetBit(doc);
                if (paper == DocIdSetIterator.NO_MORE_DOCS) {
                    break; // documents after the last paper document belong to no block
                }
                int start = paper == 0 ? 0 : papers.prevSetBit(paper - 1) + 1;
                bits.set(start, paper + 1);
                doc = paper + 1 < maxDoc ? it.advance(paper + 1) : DocIdSetIterator.NO_MORE_DOCS;
            }
            return bits;
        }
    }

    /** All documents; the final intersection with the live records keeps the records. */
    private record AllRecords() implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            return SegmentSets.liveRecords(context);
        }
    }

    private record Union(List<Node> any) implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            FixedBitSet bits = empty(context);
            for (Node n : any) {
                bits.or(matcher.eval(n, context));
            }
            return bits;
        }
    }

    /** The documents in every {@code must} set and in no {@code not} set; all records when {@code must} is empty. */
    private record Intersection(List<Node> must, List<Node> not) implements Node {
        @Override
        public FixedBitSet eval(LeafReaderContext context, RecordMatcher matcher) throws IOException {
            FixedBitSet bits = (must.isEmpty() ? SegmentSets.liveRecords(context)
                    : matcher.eval(must.get(0), context)).clone();
            for (int i = 1; i < must.size(); i++) {
                bits.and(matcher.eval(must.get(i), context));
            }
            for (Node n : not) {
                bits.andNot(matcher.eval(n, context));
            }
            return bits;
        }
    }
}
