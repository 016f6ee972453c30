package org.simine.index.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What the index knows about one ingested paper.
 *
 * @param docId       DOI or {@code sha256:<hex>}, the key shared by the paper's passages and records
 * @param title       title, or null when the file states none
 * @param doi         DOI printed in the paper, or null
 * @param path        absolute path of the file it was read from
 * @param fileHash    {@code sha256:<hex>} of the file's bytes when ingested (decides whether a file changed)
 * @param pageCount   pages of the file (1 for plain text)
 * @param ingestedAt  when it was written to the index
 * @param records     number of records indexed for it
 * @param passages    number of passages indexed for it
 * @param format      what it was read from ({@code pdf}, {@code text}, {@code jats-xml}, {@code elsevier-xml},
 *                    {@code html}), or null for a paper indexed before formats were recorded
 * @param formatRank  how the format ranks when two files are the same paper (higher wins); 0 when unknown
 * @param details     authors, year, tables and reference list ({@link PaperDetails#NONE} when unknown)
 */
public record Paper(String docId, String title, String doi, String path, String fileHash, int pageCount,
                    Instant ingestedAt, int records, int passages, String format, int formatRank,
                    PaperDetails details) {
    public Paper {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileHash, "fileHash");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        details = details == null ? PaperDetails.NONE : details;
    }

    /** A paper without details. */
    public Paper(String docId, String title, String doi, String path, String fileHash, int pageCount,
                 Instant ingestedAt, int records, int passages, String format, int formatRank) {
        this(docId, title, doi, path, fileHash, pageCount, ingestedAt, records, passages, format, formatRank, null);
    }

    /** A paper without a recorded format. */
    public Paper(String docId, String title, String doi, String path, String fileHash, int pageCount,
                 Instant ingestedAt, int records, int passages) {
        this(docId, title, doi, path, fileHash, pageCount, ingestedAt, records, passages, null, 0);
    }

    /** The title when known, else the file name: how a paper is named to people. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
