package org.simine.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;

/**
 * Turns a {@link QueryNode} into a Lucene query over record documents. Words matched against whole papers are
 * resolved first, on the given searcher, into the set of matching papers (a join from passages to records), so
 * one compiled query belongs to one searcher.
 */
public final class QueryCompiler {
    /** Weight of "the paper mentions it" against "the record's own sentence says it". */
    private static final float PAPER_MATCH_BOOST = 0.1f;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    public QueryCompiler(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /** The records the query selects. */
    public Query compile(QueryNode node) throws IOException {
        return new BooleanQuery.Builder()
                .add(DocType.RECORD.query(), Occur.FILTER)
                .add(node(node), Occur.MUST)
                .build();
    }

    private Query node(QueryNode n) throws IOException {
        if (n instanceof QueryNode.All) {
            return new MatchAllDocsQuery();
        } else if (n instanceof QueryNode.And and) {
            return and(and.clauses());
        } else if (n instanceof QueryNode.Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            for (QueryNode c : or.clauses()) {
                b.add(node(c), Occur.SHOULD);
            }
            return b.build();
        } else if (n instanceof QueryNode.Not not) {
            return and(List.of(not));
        } else if (n instanceof QueryNode.FreeText free) {
            return freeText(free.text());
        } else if (n instanceof QueryNode.FieldText text) {
            Query words = text(text.field().indexField(), text.text());
            return text.field().kind() == SearchField.Kind.PAPER_TEXT
                    ? inPapers(new BooleanQuery.Builder().add(DocType.PAPER.query(), Occur.FILTER)
                    .add(words, Occur.MUST).build()) : words;
        } else if (n instanceof QueryNode.Exact exact) {
            return new TermQuery(new Term(exact.field().indexField().fieldName(), exact.value()));
        } else if (n instanceof QueryNode.Material material) {
            return material(material);
        } else if (n instanceof QueryNode.Range range) {
            return range(range);
        }
        throw new IllegalStateException("unknown query node " + n);
    }

    private Query and(List<QueryNode> clauses) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not not) {
                b.add(node(not.clause()), Occur.MUST_NOT);
            } else {
                b.add(node(c), scores(c) ? Occur.MUST : Occur.FILTER);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** Only words rank records; fields and ranges only filter. */
    private static boolean scores(QueryNode n) {
        return n instanceof QueryNode.FreeText || n instanceof QueryNode.FieldText
                || n instanceof QueryNode.And || n instanceof QueryNode.Or;
    }

    private Query freeText(String text) throws IOException {
        Query paperText = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(text(IndexField.PASSAGE_TEXT, text), Occur.SHOULD)
                .add(text(IndexField.TITLE, text), Occur.SHOULD)
                .build();
        return new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(text(IndexField.RECORD_TEXT, text), Occur.SHOULD)
                .add(new BoostQuery(inPapers(paperText), PAPER_MATCH_BOOST), Occur.SHOULD)
                .build();
    }

    /** Records of the papers that have a document matching {@code query}. */
    private Query inPapers(Query query) throws IOException {
        Set<BytesRef> docs = DocKeys.of(searcher, query);
        return docs.isEmpty() ? new MatchNoDocsQuery("no paper matches")
                : new ConstantScoreQuery(new TermInSetQuery(IndexField.DOC.fieldName(), docs));
    }

    /** A phrase, or a word that analyses into several tokens ({@code Si@C} → si, c) is searched as a phrase. */
    private Query text(IndexField field, String text) {
        List<String> tokens = tokens(analyzer, field, text);
        if (tokens.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words in '" + text + "'");
        }
        return tokens.size() == 1 ? new TermQuery(new Term(field.fieldName(), tokens.get(0)))
                : new PhraseQuery(field.fieldName(), tokens.toArray(String[]::new));
    }

    private static Query material(QueryNode.Material m) {
        if (m.wildcard()) {
            return new WildcardQuery(new Term(IndexField.MATERIAL_LOWER.fieldName(), m.value()));
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : m.value().split("\\s+")) {
            words.add(new TermQuery(new Term(IndexField.MATERIAL_WORD.fieldName(), word)), Occur.FILTER);
        }
        return new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(new TermQuery(new Term(IndexField.MATERIAL_LOWER.fieldName(), m.value())), Occur.SHOULD)
                .add(words.build(), Occur.SHOULD)
                .build();
    }

    private static Query range(QueryNode.Range r) {
        double lo = r.minInclusive() ? r.min() : Math.nextUp(r.min());
        double hi = r.maxInclusive() ? r.max() : Math.nextDown(r.max());
        return DoublePoint.newRangeQuery(r.field().indexField().fieldName(), lo, hi);
    }

    /** The analysed tokens of {@code text} as the index holds them for {@code field}. */
    public static List<String> tokens(Analyzer analyzer, IndexField field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field.fieldName(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
