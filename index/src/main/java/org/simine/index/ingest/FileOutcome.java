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
 */
public record FileOutcome(Path file, Status status, String docId, int records, int passages, String reason,
                          Duration took) {
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

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
    }

    public boolean written() {
        return status == Status.INGESTED || status == Status.REPLACED;
    }
}
