package org.simine.index.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What ingesting one file did.
 *
 * @param file     the file as given
 * @param status   see {@link Status}
 * @param docId    the paper's document id, or null when it failed before one was known
 * @param records  records written (0 unless ingested or replaced)
 * @param passages passages written (0 unless ingested or replaced)
 * @param reason   why it was skipped or failed, one line; null when ingested
 * @param took     time spent on the file (hashing and extraction)
 * @param error    for a failure, its kind as a constant for programs: the extractor's problem
 *                 ({@code CORRUPT_PDF}, {@code TIMED_OUT}, …), {@link #UNREADABLE} or {@link #INTERNAL_ERROR};
 *                 null otherwise
 * @param duplicate for a file that is the same paper as another file (same document id: the DOI, or the same
 *                 bytes): which of the two the index keeps and which it leaves out; null otherwise. Set on the
 *                 outcome of the file met second, whether it was left out ({@link Status#SKIPPED}) or replaced the
 *                 first ({@link Status#REPLACED})
 */
public record FileOutcome(Path file, Status status, String docId, int records, int passages, String reason,
                          Duration took, String error, Duplicate duplicate) {
    /** The file could not be read at all (hashing it failed). */
    public static final String UNREADABLE = "UNREADABLE";
    /** The extractor threw something other than its input error: a bug, reported with the file. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    public enum Status {
        /** New in the index. */
        INGESTED,
        /** The file changed since it was ingested: its old paper, passages and records were replaced. */
        REPLACED,
        /** Already in the index with the same content (or a duplicate of another file). */
        SKIPPED,
        /** Could not be read; the reason says why. Never stops the batch. */
        FAILED
    }

    /**
     * Two files of one paper. Never silent: the summary and {@code failed.jsonl} name both files.
     *
     * @param docId   the document id they share
     * @param kept    the file whose paper, passages and records the index holds
     * @param leftOut the file not indexed (or no longer indexed)
     * @param why     why {@code kept} won, one line (its format ranks higher, or it came first)
     */
    public record Duplicate(String docId, Path kept, Path leftOut, String why) {
        public Duplicate {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(kept, "kept");
            Objects.requireNonNull(leftOut, "leftOut");
            Objects.requireNonNull(why, "why");
        }
    }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("an error kind is given exactly for failures: " + status + ", " + error);
        }
        if (duplicate != null && status != Status.SKIPPED && status != Status.REPLACED) {
            throw new IllegalArgumentException("only a skipped or replacing file has a duplicate: " + status);
        }
    }

    /** An outcome that is no duplicate. */
    public FileOutcome(Path file, Status status, String docId, int records, int passages, String reason,
                       Duration took, String error) {
        this(file, status, docId, records, passages, reason, took, error, null);
    }

    /** An outcome without an error kind: for a failure, {@link #UNREADABLE}, the least specific one. */
    public FileOutcome(Path file, Status status, String docId, int records, int passages, String reason,
                       Duration took) {
        this(file, status, docId, records, passages, reason, took, status == Status.FAILED ? UNREADABLE : null);
    }

    public static FileOutcome failed(Path file, String error, String reason, Duration took) {
        return new FileOutcome(file, Status.FAILED, null, 0, 0, reason, took, Objects.requireNonNull(error, "error"));
    }

    public boolean written() {
        return status == Status.INGESTED || status == Status.REPLACED;
    }
}
