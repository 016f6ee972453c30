package org.simine.index.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an ingest run: one {@link FileOutcome} per distinct file, in the order they finished.
 *
 * @param outcomes     per-file outcomes
 * @param elapsed      wall time of the run
 * @param commits      commits made
 * @param notProcessed files left without an outcome because the run stopped at a failure
 *                     ({@link IngestOptions#failFast()}); 0 for a run that went through
 */
public record IngestSummary(List<FileOutcome> outcomes, Duration elapsed, int commits, int notProcessed) {
    public IngestSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** A run that went through every file. */
    public IngestSummary(List<FileOutcome> outcomes, Duration elapsed, int commits) {
        this(outcomes, elapsed, commits, 0);
    }

    /** True when the run stopped at a failure before every file was done. */
    public boolean stoppedEarly() {
        return notProcessed > 0;
    }

    public List<FileOutcome> with(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public int count(FileOutcome.Status status) {
        return with(status).size();
    }

    public long records() {
        return outcomes.stream().mapToLong(FileOutcome::records).sum();
    }

    public long passages() {
        return outcomes.stream().mapToLong(FileOutcome::passages).sum();
    }

    public boolean anyFailed() {
        return count(FileOutcome.Status.FAILED) > 0;
    }
}
