package org.simine.index.ingest;

/**
 * How an ingest run uses the machine and meets failures.
 *
 * @param workers     extraction threads (extraction is CPU-bound, so one per core by default)
 * @param commitEvery papers written between commits; an interrupted run loses at most this many and the next
 *                    run picks them up again
 * @param failFast    stop at the first file that fails (after committing what was written before it) instead of
 *                    recording it and going on
 */
public record IngestOptions(int workers, int commitEvery, boolean failFast) {
    public static final int DEFAULT_COMMIT_EVERY = 16;

    public IngestOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
        }
    }

    /** Options that go on past failures. */
    public IngestOptions(int workers, int commitEvery) {
        this(workers, commitEvery, false);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_COMMIT_EVERY);
    }

    public IngestOptions withWorkers(int n) {
        return new IngestOptions(n, commitEvery, failFast);
    }

    public IngestOptions withCommitEvery(int n) {
        return new IngestOptions(workers, n, failFast);
    }

    public IngestOptions withFailFast(boolean stop) {
        return new IngestOptions(workers, commitEvery, stop);
    }
}
