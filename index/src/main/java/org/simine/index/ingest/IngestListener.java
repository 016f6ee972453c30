package org.simine.index.ingest;

/**
 * Hears about an ingest run as it goes. Always called from the one writer thread, in order, so implementations
 * need no locking; they must not block for long, since the writer waits for them.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    default void started(int files, int workers) {
    }

    default void fileDone(FileOutcome outcome, IngestProgress progress) {
    }

    /** A commit made the papers written so far durable and visible to searches. */
    default void committed(int papers, IngestProgress progress) {
    }

    /** This listener, then {@code other}, for every event. */
    default IngestListener and(IngestListener other) {
        IngestListener first = this;
        return new IngestListener() {
            @Override
            public void started(int files, int workers) {
                first.started(files, workers);
                other.started(files, workers);
            }

            @Override
            public void fileDone(FileOutcome outcome, IngestProgress progress) {
                first.fileDone(outcome, progress);
                other.fileDone(outcome, progress);
            }

            @Override
            public void committed(int papers, IngestProgress progress) {
                first.committed(papers, progress);
                other.committed(papers, progress);
            }
        };
    }
}
