package org.simine.index.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The records a {@link QueryNode} selects, as a Lucene query (constant score) for counting, exporting and listing,
 * evaluated by {@link RecordMatcher} so that these see exactly the records a search counts.
 */
final class RecordSetQuery extends Query {
    private final QueryNode node;
    private final Analyzer analyzer;

    RecordSetQuery(QueryNode node, Analyzer analyzer) {
        this.node = node;
        this.analyzer = analyzer;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        RecordMatcher matcher = new QueryCompiler(searcher, analyzer).matcher(node);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet hits;
                synchronized (matcher) {
                    hits = matcher.matches(context);
                }
                long n = hits.cardinality();
                return n == 0 ? null : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(hits, n));
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                synchronized (matcher) {
                    return matcher.matches(context).cardinality();
                }
            }

            /** The sets are computed per search; Lucene's cache would keep a copy of each for nothing. */
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
        return "records(" + node + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && node.equals(((RecordSetQuery) o).node) && analyzer == ((RecordSetQuery) o).analyzer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), node, System.identityHashCode(analyzer));
    }
}
