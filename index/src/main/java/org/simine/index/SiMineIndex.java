package org.simine.index;

import org.simine.model.io.FileHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;
import org.simine.index.document.Paper;
import org.simine.index.document.RecordDocuments;
import org.simine.index.document.TextAnalyzer;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;
import org.simine.index.ingest.Ingester;
import org.simine.index.ingest.PaperExtractor;
import org.simine.index.ingest.PaperLookup;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.query.QueryCompiler;
import org.simine.index.query.QueryParser;
import org.simine.index.query.QuerySyntaxException;
import org.simine.index.search.Comparison;
import org.simine.index.search.FacetDimension;
import org.simine.index.search.Facets;
import org.simine.index.search.IndexStats;
import org.simine.index.search.RecordExporter;
import org.simine.index.search.RecordSearcher;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SearchResult;
import org.simine.index.search.SortOrder;
import org.simine.index.search.Statistics;
import org.simine.model.Record;
import org.simine.model.io.RecordFormat;

/**
 * A SiMine index on disk: papers, their passages and their records, with ingest, search, export and statistics.
 * This is the Java API the command line is built on; notebooks and services use it the same way:
 * <pre>
 *   try (SiMineIndex index = SiMineIndex.open(Path.of(".simine/index"))) {
 *       SearchResult r = index.search("property:rct value:&lt;60 dopant:P");
 *       index.export("property:retention rate:&gt;=5C", RecordFormat.CSV, writer);
 *   }
 * </pre>
 * Searches share one {@link SearcherManager} and see the last commit; {@link #refresh()} picks up commits made
 * since by another process. One writer at a time may hold the index ({@link #ingest} or {@link #writer()});
 * Lucene's write lock keeps other processes out meanwhile, and searching goes on during writes. Thread-safe.
 */
public final class SiMineIndex implements AutoCloseable {
    /**
     * Version of the index layout; an index written with another one must be rebuilt. 2: records carry their id.
     * 3: records carry the silicon flag, papers their details (authors, year, tables, references).
     */
    public static final String SCHEMA_VERSION = "3";
    static final String SCHEMA_KEY = "simine.index.schema";

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = new TextAnalyzer();
    private final SearcherManager searchers;
    private final PaperLookup papers = new CommittedPapers();

    private SiMineIndex(Path dir, Directory directory) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code dir}, creating an empty one when the folder holds none.
     *
     * @throws IndexSchemaException when the folder holds an index of another layout version
     */
    public static SiMineIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                try (PaperWriter writer = newWriter(dir, directory, () -> { })) {
                    writer.commit();
                }
            }
            checkSchema(dir, directory);
            return new SiMineIndex(dir, directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** True when {@code dir} holds an index (of any version). */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Searches with default limit, order and facets. */
    public SearchResult search(String query) throws IOException, QuerySyntaxException {
        return search(SearchRequest.of(query));
    }

    public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new RecordSearcher(searcher, analyzer).search(request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of records a query matches. */
    public long count(String query) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(compile(searcher, query));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Writes the records a query matches (all records for an empty query) in paper and reading order.
     *
     * @return the number of records written
     */
    public long export(String query, RecordFormat format, Appendable out) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return RecordExporter.export(searcher, compile(searcher, query), format, out);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The records a query matches, in paper and reading order; for small results (use export for datasets). */
    public List<Record> records(String query) throws IOException, QuerySyntaxException {
        return records(query, Integer.MAX_VALUE);
    }

    /** The first {@code limit} records a query matches, in paper and reading order, without snippets or facets. */
    public List<Record> records(String query, int limit) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return records(searcher, compile(searcher, query), limit);
        } finally {
            searchers.release(searcher);
        }
    }

    /** All records of one paper in reading order; empty when the paper is not indexed. */
    public List<Record> recordsOfPaper(String docId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return records(searcher, recordsWhere(IndexField.DOC, docId), Integer.MAX_VALUE);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Record documents whose keyword field {@code field} equals {@code value}. */
    private static Query recordsWhere(IndexField field, String value) {
        return new BooleanQuery.Builder()
                .add(DocType.RECORD.query(), Occur.FILTER)
                .add(new TermQuery(new Term(field.fieldName(), value)), Occur.FILTER)
                .build();
    }

    private static List<Record> records(IndexSearcher searcher, Query query, int limit) throws IOException {
        List<Record> out = new ArrayList<>();
        int n = Math.max(1, Math.min(limit, searcher.count(query)));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, n, SortOrder.PAPER.toSort(), false).scoreDocs) {
            out.add(RecordDocuments.toRecord(stored.document(sd.doc)));
        }
        return out;
    }

    /**
     * Counts the records a query matches by the values of some dimensions, all values (or the {@code limit} most
     * frequent) per dimension, largest first.
     */
    public Facets facets(String query, List<FacetDimension> dimensions, int limit)
            throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new RecordSearcher(searcher, analyzer).facets(query, dimensions, limit);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The materials' values side by side, grouped by property, rate and cycles, over the records {@code query}
     * matches whose material is exactly one of {@code materials} (see {@link Comparison}).
     */
    public Comparison compare(String query, List<String> materials) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            materials.forEach(m -> any.add(new TermQuery(new Term(IndexField.MATERIAL.fieldName(), m)), Occur.SHOULD));
            Query q = new BooleanQuery.Builder()
                    .add(compile(searcher, query), Occur.FILTER)
                    .add(any.build(), Occur.FILTER)
                    .build();
            return Comparison.of(searcher, q, materials);
        } finally {
            searchers.release(searcher);
        }
    }

    public IndexStats stats(int topMaterials) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return Statistics.of(searcher, topMaterials);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The record with this id ({@link org.simine.model.RecordId}), if indexed. */
    public Optional<Record> record(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return records(searcher, recordsWhere(IndexField.RECORD_ID, id), 1).stream().findFirst();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The passage at {@code ordinal} of a paper. For publisher markup the passages are the paper's paragraphs,
     * so this is the paragraph a record's {@code source.paragraph} names.
     */
    public Optional<org.simine.index.document.Passage> passage(String docId, int ordinal) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query q = new BooleanQuery.Builder()
                    .add(DocType.PASSAGE.query(), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexField.DOC.fieldName(), docId)), Occur.FILTER)
                    .add(org.apache.lucene.document.DoublePoint.newExactQuery(IndexField.ORDINAL.fieldName(), ordinal),
                            Occur.FILTER)
                    .build();
            ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
            return hits.length == 0 ? Optional.empty() : Optional.of(
                    org.simine.index.document.PassageDocuments.toPassage(searcher.storedFields().document(hits[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The paper with this document id, if indexed. */
    public Optional<Paper> paper(String docId) throws IOException {
        return papers.byDocId(docId);
    }

    /**
     * Ingests files with a pool of extraction workers and one writer (see {@link Ingester}); searches see each
     * commit as it is made.
     */
    public IngestSummary ingest(List<Path> files, PaperExtractor extractor, IngestOptions options,
                                IngestListener listener) throws IOException, InterruptedException {
        try (PaperWriter writer = writer()) {
            return new Ingester(papers, extractor, options, listener, Clock.systemUTC()).run(files, writer);
        }
    }

    /**
     * The index's one writer, for adding papers directly (tests, benchmarks, other pipelines). Close it to
     * commit and release the index for other writers.
     *
     * @throws LockObtainFailedException (an IOException) when another writer holds the index
     */
    public PaperWriter writer() throws IOException {
        return newWriter(dir, directory, this::refreshQuietly);
    }

    /** Makes searches see the latest commit, including those of other processes. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
            analyzer.close();
        }
    }

    private Query compile(IndexSearcher searcher, String query) throws IOException, QuerySyntaxException {
        return new QueryCompiler(searcher, analyzer).compile(QueryParser.parse(query));
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            // The commit is durable; searches keep the previous view until the next refresh succeeds.
        }
    }

    private static PaperWriter newWriter(Path dir, Directory directory, Runnable afterCommit) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        try {
            return new PaperWriter(new IndexWriter(directory, config), Map.of(SCHEMA_KEY, SCHEMA_VERSION),
                    afterCommit);
        } catch (LockObtainFailedException e) {
            throw new LockObtainFailedException(dir + ": the index is being written by another process", e);
        }
    }

    private static void checkSchema(Path dir, Directory directory) throws IOException {
        String version = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
        if (!SCHEMA_VERSION.equals(version)) {
            throw new IndexSchemaException(dir + ": the index was written by another SiMine version (layout "
                    + (version == null ? "unknown" : version) + ", this one reads " + SCHEMA_VERSION
                    + "); delete the folder and ingest again");
        }
    }


    /** All papers, most records first (the paper documents only: no record is counted or read). */
    public List<Paper> papers() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return Statistics.papers(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Finds committed papers for the ingester's skip and replace decisions. */
    private final class CommittedPapers implements PaperLookup {
        @Override
        public Optional<Paper> byFileHash(String fileHash) throws IOException {
            return find(IndexField.FILE_HASH, fileHash);
        }

        @Override
        public Optional<Paper> byPath(String absolutePath) throws IOException {
            return find(IndexField.PATH, absolutePath);
        }

        @Override
        public Optional<Paper> byDocId(String docId) throws IOException {
            return find(IndexField.DOC, docId);
        }

        private Optional<Paper> find(IndexField field, String value) throws IOException {
            IndexSearcher searcher = searchers.acquire();
            try {
                return RecordSearcher.firstPaper(searcher, new TermQuery(new Term(field.fieldName(), value)));
            } finally {
                searchers.release(searcher);
            }
        }
    }
}
