package org.simine.index.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Every file this run left out (or took out of the index) because another file is the same paper, once, in the
     * order met, each with the file the index holds at the end of the run: when a third copy of a paper displaced the
     * one a file lost to, the file names the third (with the reason that copy won, which holds for both).
     */
    public List<FileOutcome.Duplicate> duplicates() {
        Map<Path, FileOutcome.Duplicate> byLeftOut = new LinkedHashMap<>();
        for (FileOutcome o : outcomes) {
            if (o.duplicate() != null) {
                byLeftOut.put(key(o.duplicate().leftOut()), o.duplicate());
            }
        }
        List<FileOutcome.Duplicate> out = new ArrayList<>();
        for (FileOutcome.Duplicate d : byLeftOut.values()) {
            FileOutcome.Duplicate last = d;
            // Bounded: a chain visits each left-out file at most once.
            for (int hops = 0; hops < byLeftOut.size() && byLeftOut.containsKey(key(last.kept())); hops++) {
                last = byLeftOut.get(key(last.kept()));
            }
            out.add(last == d ? d : new FileOutcome.Duplicate(d.docId(), last.kept(), d.leftOut(), last.why()));
        }
        return out;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    public boolean anyFailed() {
        return count(FileOutcome.Status.FAILED) > 0;
    }
}
