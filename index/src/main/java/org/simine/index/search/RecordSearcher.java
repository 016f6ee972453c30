package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;
import org.simine.index.document.Paper;
import org.simine.index.document.PaperDocuments;
import org.simine.index.document.Passage;
import org.simine.index.document.PassageDocuments;
import org.simine.index.document.RecordDocuments;
import org.simine.index.query.QueryCompiler;
import org.simine.index.query.QueryNode;
import org.simine.index.query.QueryParser;
import org.simine.index.query.QuerySyntaxException;
import org.simine.index.query.QueryTerms;
import org.simine.index.query.RecordMatcher;
import org.simine.model.Record;

/** Runs one search on one searcher: parse, compile, top hits, facets, papers and highlighted snippets. */
public final class RecordSearcher {
    static final int SNIPPET_CHARS = 300;
    static final int FACET_VALUES = 10;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Highlighter highlighter;

    public RecordSearcher(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.highlighter = new Highlighter(analyzer);
    }

    public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
        QueryNode parsed = QueryParser.parse(request.query());
        RecordMatcher matcher = new QueryCompiler(searcher, analyzer).matcher(parsed);
        HitSets hits = new HitSets(matcher);
        int depth = request.offset() + request.limit();
        IndexReader reader = searcher.getIndexReader();
        Facets facets;
        List<TopRecords.Hit> top;
        if (parsed instanceof QueryNode.All) {
            facets = AllRecordsAnswers.get(reader, "facets " + request.facets(),
                    () -> FacetCounter.count(reader.leaves(), hits.get(), request.facets(), FACET_VALUES));
            top = request.limit() == 0 || facets.hits() <= request.offset() ? List.of()
                    : AllRecordsAnswers.get(reader, "top " + request.sort() + " " + depth,
                    () -> TopRecords.top(searcher, hits.get(), matcher, request.sort(), depth));
        } else {
            facets = FacetCounter.count(reader.leaves(), hits.get(), request.facets(), FACET_VALUES);
            top = request.limit() == 0 || facets.hits() <= request.offset() ? List.of()
                    : TopRecords.top(searcher, hits.get(), matcher, request.sort(), depth);
        }
        List<RecordHit> out = new ArrayList<>();
        if (top.size() > request.offset()) {
            Set<String> terms = QueryTerms.of(parsed, analyzer);
            Map<String, Optional<Paper>> papers = new HashMap<>();
            Map<String, Optional<Passage>> passages = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (TopRecords.Hit h : top.subList(request.offset(), top.size())) {
                Record r = RecordDocuments.toRecord(stored.document(h.doc()));
                Paper paper = papers.computeIfAbsent(r.doc(), this::paper).orElse(null);
                out.add(hit(r, h.score(), paper, terms, passages));
            }
        }
        return new SearchResult(request, parsed, facets.hits(), out, facets);
    }

    /** The matching records per segment, computed when first needed (answers to the empty query are kept). */
    private final class HitSets {
        private final RecordMatcher matcher;
        private FixedBitSet[] sets;

        HitSets(RecordMatcher matcher) {
            this.matcher = matcher;
        }

        FixedBitSet[] get() throws IOException {
            if (sets == null) {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                sets = new FixedBitSet[leaves.size()];
                for (LeafReaderContext leaf : leaves) {
                    sets[leaf.ord] = matcher.matches(leaf);
                }
            }
            return sets;
        }
    }

    /** @param passages best passage per paper, filled as needed: hits of one paper share it */
    private RecordHit hit(Record r, float score, Paper paper, Set<String> terms,
                          Map<String, Optional<Passage>> passages) {
        String snippet = highlighter.highlight(r.source().snippet(), terms, r.raw(), SNIPPET_CHARS);
        boolean ownWords = terms.isEmpty() || highlighter.mentions(r.source().snippet(), terms)
                || highlighter.mentions(r.material(), terms);
        if (ownWords) {
            return new RecordHit(r, score, paper, snippet, null, null);
        }
        Passage passage = passages.computeIfAbsent(r.doc(), doc -> Optional.ofNullable(bestPassage(doc, terms)))
                .orElse(null);
        String passageSnippet = passage == null ? null
                : highlighter.highlight(passage.text(), terms, null, SNIPPET_CHARS);
        return new RecordHit(r, score, paper, snippet, passage, passageSnippet);
    }

    /** The passage of a paper that matches the words best, or null. */
    private Passage bestPassage(String docId, Set<String> terms) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.forEach(t -> words.add(new TermQuery(new Term(IndexField.PASSAGE_TEXT.fieldName(), t)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(DocType.PASSAGE.query(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.DOC.fieldName(), docId)), Occur.FILTER)
                .add(words.build(), Occur.MUST)
                .build();
        try {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? null
                    : PassageDocuments.toPassage(searcher.storedFields().document(top.scoreDocs[0].doc));
        } catch (IOException e) {
            return null; // a snippet is a courtesy; the hit stands without it
        }
    }

    private Optional<Paper> paper(String docId) {
        try {
            return paperOf(searcher, docId);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Facet counts of the records {@code query} matches, at most {@code limit} values per dimension: the same
     * matcher and counter as {@link #search}, so the counts agree with a search's facets.
     */
    public Facets facets(String query, List<FacetDimension> dimensions, int limit)
            throws IOException, QuerySyntaxException {
        RecordMatcher matcher = new QueryCompiler(searcher, analyzer).matcher(QueryParser.parse(query));
        return FacetCounter.count(searcher.getIndexReader().leaves(), new HitSets(matcher).get(), dimensions, limit);
    }

    /** The paper document with this id, if the index has one. */
    public static Optional<Paper> paperOf(IndexSearcher searcher, String docId) throws IOException {
        return firstPaper(searcher, new TermQuery(new Term(IndexField.DOC.fieldName(), docId)));
    }

    /** The first paper document that also matches {@code filter}. */
    public static Optional<Paper> firstPaper(IndexSearcher searcher, Query filter) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(DocType.PAPER.query(), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(PaperDocuments.toPaper(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }
}
