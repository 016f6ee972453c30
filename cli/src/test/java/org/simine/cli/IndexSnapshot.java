package org.simine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;
import org.simine.index.document.Paper;
import org.simine.index.document.PaperDocuments;

/**
 * What one commit of an index holds per paper, read with plain Lucene (read-only, so it works while another
 * process writes): how many paper, passage and record documents carry each document id, and what the paper
 * document says it should have.
 */
record IndexSnapshot(Map<String, PaperCounts> papers, long recordDocs, long paperDocs) {
    /** Documents found for one id, and the paper document's own counts (the first one, when duplicated). */
    record PaperCounts(Paper paper, int paperDocs, int passageDocs, int recordDocs) {
        /** The paper's passages and records are all there: nothing of it is visible in part. */
        boolean complete() {
            return paperDocs == 1 && passageDocs == paper.passages() && recordDocs == paper.records();
        }
    }

    static IndexSnapshot of(Path indexDir) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            Map<String, PaperCounts> papers = new LinkedHashMap<>();
            int paperTotal = Math.max(1, searcher.count(DocType.PAPER.query()));
            for (ScoreDoc sd : searcher.search(DocType.PAPER.query(), paperTotal).scoreDocs) {
                Paper paper = PaperDocuments.toPaper(stored.document(sd.doc));
                papers.put(paper.docId(), new PaperCounts(paper, count(searcher, DocType.PAPER, paper.docId()),
                        count(searcher, DocType.PASSAGE, paper.docId()), count(searcher, DocType.RECORD, paper.docId())));
            }
            return new IndexSnapshot(papers, searcher.count(DocType.RECORD.query()), searcher.count(DocType.PAPER.query()));
        }
    }

    private static int count(IndexSearcher searcher, DocType type, String docId) throws IOException {
        return searcher.count(new BooleanQuery.Builder()
                .add(type.query(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.DOC.fieldName(), docId)), BooleanClause.Occur.FILTER)
                .build());
    }
}
