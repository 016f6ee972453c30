package org.simine.index.ingest;

/**
 * How an ingest run uses the machine.
 *
 * @param workers     extraction threads (extraction is CPU-bound, so one per core by default)
 * @param commitEvery papers written between commits; an interrupted run loses at most this many and the next
 *                    run picks them up again
 */
public record IngestOptions(int workers, int commitEvery) {
    public static final int DEFAULT_COMMIT_EVERY = 16;

    public IngestOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_COMMIT_EVERY);
    }

    public IngestOptions withWorkers(int n) {
        return new IngestOptions(n, commitEvery);
    }

    public IngestOptions withCommitEvery(int n) {
        return new IngestOptions(workers, n);
    }
}
