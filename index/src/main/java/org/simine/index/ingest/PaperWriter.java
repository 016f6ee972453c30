package org.simine.index.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.simine.index.document.IndexField;
import org.simine.index.document.Paper;
import org.simine.index.document.PaperBlock;
import org.simine.index.document.Passage;
import org.simine.index.document.PassageSplitter;

/**
 * The index's one writer. A paper is written as one block that replaces every earlier document of the same
 * paper; readers see committed states only, so a paper is never visible in part. Not thread-safe: one thread
 * writes. {@link #close()} commits what was written; {@link #rollback()} drops it.
 */
public final class PaperWriter implements AutoCloseable {
    private final IndexWriter writer;
    private final Map<String, String> commitData;
    private final Runnable afterCommit;
    private boolean closed;

    /**
     * @param commitData  user data stored with every commit (the index schema version)
     * @param afterCommit run after each commit, to refresh searchers
     */
    public PaperWriter(IndexWriter writer, Map<String, String> commitData, Runnable afterCommit) {
        this.writer = writer;
        this.commitData = Map.copyOf(commitData);
        this.afterCommit = afterCommit;
    }

    /**
     * Writes a paper, its passages and records, replacing whatever the index held for its document id and,
     * when {@code replacedDocId} is not null, for that id too (a changed plain-text file gets a new hash id).
     *
     * @return the paper as indexed
     */
    public Paper put(ExtractedPaper extracted, String path, String fileHash, Instant ingestedAt, String replacedDocId)
            throws IOException {
        List<Passage> passages = extracted.paragraphs().isEmpty()
                ? PassageSplitter.split(extracted.docId(), extracted.pages()) : paragraphPassages(extracted);
        Paper paper = new Paper(extracted.docId(), extracted.title(), extracted.doi(), path, fileHash,
                extracted.pageCount(), ingestedAt, extracted.records().size(), passages.size(), extracted.format(),
                extracted.rank(), extracted.details());
        if (replacedDocId != null && !replacedDocId.equals(extracted.docId())) {
            writer.deleteDocuments(docTerm(replacedDocId));
        }
        writer.updateDocuments(docTerm(extracted.docId()), PaperBlock.documents(paper, passages, extracted.records()));
        return paper;
    }

    /** Markup's own paragraphs, one passage each, numbered as records number them ({@code source.paragraph}). */
    private static List<Passage> paragraphPassages(ExtractedPaper extracted) {
        List<Passage> out = new java.util.ArrayList<>(extracted.paragraphs().size());
        for (int i = 0; i < extracted.paragraphs().size(); i++) {
            ExtractedPaper.Paragraph p = extracted.paragraphs().get(i);
            out.add(new Passage(extracted.docId(), i, null, p.section(), p.text()));
        }
        return out;
    }

    /** Removes a paper with all its passages and records. */
    public void delete(String docId) throws IOException {
        writer.deleteDocuments(docTerm(docId));
    }

    /** Makes everything written so far durable and visible to searches. */
    public void commit() throws IOException {
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        afterCommit.run();
    }

    /** Drops everything written since the last commit and closes the writer. */
    public void rollback() throws IOException {
        if (!closed) {
            closed = true;
            writer.rollback();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            commit();
        } finally {
            closed = true;
            writer.close();
        }
    }

    private static Term docTerm(String docId) {
        return new Term(IndexField.DOC.fieldName(), docId);
    }
}
