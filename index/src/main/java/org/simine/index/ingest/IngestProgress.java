package org.simine.index.ingest;

import java.time.Duration;

/**
 * Where an ingest run stands, for progress displays.
 *
 * @param done    files finished (written, skipped or failed)
 * @param total   files in the run
 * @param written files ingested or replaced
 * @param skipped files skipped
 * @param failed  files that failed
 * @param records records written so far
 * @param elapsed time since the run started
 */
public record IngestProgress(int done, int total, int written, int skipped, int failed, long records,
                             Duration elapsed) {
    /** Files finished per second so far (0 before the first). */
    public double filesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Estimated time to finish at the rate so far, or null before the first file is done. */
    public Duration eta() {
        double rate = filesPerSecond();
        return done == 0 || rate <= 0 ? null : Duration.ofMillis(Math.round((total - done) / rate * 1000));
    }
}
