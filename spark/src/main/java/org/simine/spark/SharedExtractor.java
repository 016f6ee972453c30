package org.simine.spark;

import org.simine.extract.SiMineExtractor;

/**
 * One {@link SiMineExtractor} per executor JVM, built on the first file a task of this JVM reads: building CoreNLP
 * costs seconds and memory, so tasks and their threads share it (it is thread-safe, as the command line's ingest
 * workers share theirs). Limits are given per call, so one extractor serves every job of the JVM.
 */
final class SharedExtractor {
    private static volatile SiMineExtractor extractor;

    private SharedExtractor() {
    }

    static SiMineExtractor get() {
        SiMineExtractor e = extractor;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                e = extractor;
                if (e == null) {
                    e = SiMineExtractor.create();
                    extractor = e;
                }
            }
        }
        return e;
    }
}
