package org.simine.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;

/**
 * Turns a {@link QueryNode} into the records it selects: a {@link RecordMatcher} (per-segment bitsets, for
 * search) or a Lucene query over record documents built on it (for counts and exports). Words match a record's
 * own text (material, value, section, sentence) or, failing that, any passage or the title of its paper:
 * {@code LiFSI AND property:dli} finds D_Li⁺ records of papers that mention LiFSI anywhere. Such a paper match
 * is resolved inside the paper's block of documents, so the compiled query does not depend on the searcher.
 */
public final class QueryCompiler {
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    public QueryCompiler(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /** The records the query selects, as a Lucene query (constant score, not cached). */
    public Query compile(QueryNode node) {
        return new RecordSetQuery(node, analyzer);
    }

    /** The records the query selects, as bitsets per segment of this compiler's searcher. */
    public RecordMatcher matcher(QueryNode node) throws IOException {
        return new RecordMatcher(searcher, this, node);
    }

    /** Free words in the record's own text. */
    Query ownWords(String text) {
        return text(IndexField.RECORD_TEXT, text);
    }

    /** Free words anywhere else in a paper: a passage or the title. */
    Query paperWords(String text) {
        return new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(text(IndexField.PASSAGE_TEXT, text), Occur.SHOULD)
                .add(text(IndexField.TITLE, text), Occur.SHOULD)
                .build();
    }

    /** Words in a field of the paper document ({@link SearchField.Kind#PAPER_TEXT}). */
    Query paperField(IndexField field, String text) {
        return new BooleanQuery.Builder().add(DocType.PAPER.query(), Occur.FILTER)
                .add(text(field, text), Occur.MUST).build();
    }

    /** Words in one text field of the record ({@link SearchField.Kind#TEXT}). */
    Query fieldWords(IndexField field, String text) {
        return text(field, text);
    }

    /**
     * A material or a numeric range: the clauses that filter without ranking, read from postings each time (an exact
     * term is a {@link #term} read through {@link TermSets}).
     */
    Query filter(QueryNode n) {
        if (n instanceof QueryNode.Material material) {
            return material(material);
        } else if (n instanceof QueryNode.Range range) {
            return range(range);
        }
        throw new IllegalStateException("unknown query node " + n);
    }

    /** The index term of an exact {@code field:value}. */
    static Term term(QueryNode.Exact exact) {
        return new Term(exact.field().indexField().fieldName(), exact.value());
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
