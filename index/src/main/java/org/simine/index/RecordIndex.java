package org.simine.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.simine.model.Property;
import org.simine.model.Record;

/**
 * An on-disk Lucene index of records. One writer per index; searches go through a shared
 * {@link SearcherManager} (never a searcher per query). A paper's records are replaced as one block.
 */
public final class RecordIndex implements AutoCloseable {
    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private RecordIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    public static RecordIndex open(Path dir) throws IOException {
        return new RecordIndex(dir);
    }

    /** Atomically replaces every record of {@code docId} with {@code records} (visible after the next commit). */
    public void replaceDocument(String docId, List<Record> records) throws IOException {
        List<Document> docs = new ArrayList<>(records.size());
        for (Record r : records) {
            if (!r.doc().equals(docId)) {
                throw new IllegalArgumentException("record of " + r.doc() + " given for document " + docId);
            }
            docs.add(RecordDocuments.toDocument(r));
        }
        writer.updateDocuments(new Term(RecordField.DOC.fieldName(), docId), docs);
    }

    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public List<Record> search(RecordQuery query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query.toLucene(analyzer), Math.max(1, limit));
            List<Record> out = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(RecordDocuments.toRecord(stored.document(sd.doc)));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    public int count(RecordQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query.toLucene(analyzer));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of records per property, in enum order, properties with no records included as 0. */
    public Map<Property, Integer> countByProperty() throws IOException {
        Map<Property, Integer> counts = new EnumMap<>(Property.class);
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Property p : Property.values()) {
                counts.put(p, searcher.count(new TermQuery(new Term(RecordField.PROPERTY.fieldName(), p.id()))));
            }
        } finally {
            searchers.release(searcher);
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
