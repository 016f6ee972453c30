package org.simine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestProgress;
import org.simine.index.ingest.IngestSummary;

/**
 * {@code failed.jsonl}: one JSON object per file that failed in the last ingest run, with {@code file},
 * {@code error} (the kind: {@code CORRUPT_PDF}, {@code ENCRYPTED}, {@code TIMED_OUT}, {@code TOO_MANY_PAGES}, …)
 * and {@code message} (one line naming the file); and one per file left out because another file is the same paper
 * (same DOI, or the same bytes), with {@code error} {@value #DUPLICATE}, {@code file} the file left out, {@code kept}
 * the file the index holds at the end of the run, {@code doc} the document id they share, and {@code message} naming
 * both. A failure is written and flushed as it happens, so a run that is killed still leaves the failures it met;
 * duplicates are added when the run ends, once it is known which copy is kept. The file is emptied when a run
 * starts. A write error does not stop the ingest: it is kept and reported after the run ({@link #writeError()}).
 */
final class FailureReport implements IngestListener, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The {@code error} of a duplicate: not a failure (the exit code stays 0), but a file whose paper is not its own. */
    static final String DUPLICATE = "DUPLICATE";

    private final Path file;
    private final BufferedWriter out;
    private int written;
    private int duplicates;
    private IOException writeError;

    private FailureReport(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Creates or empties {@code file} (and its folder). */
    static FailureReport create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new FailureReport(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** The default place: {@code failed.jsonl} next to the index folder. */
    static Path besideIndex(Path indexDir) {
        return indexDir.toAbsolutePath().normalize().resolveSibling("failed.jsonl");
    }

    static String line(FileOutcome failure) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", failure.file().toString());
        entry.put("error", failure.error());
        entry.put("message", failure.reason());
        return JSON.writeValueAsString(entry);
    }

    static String line(FileOutcome.Duplicate duplicate) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", duplicate.leftOut().toString());
        entry.put("error", DUPLICATE);
        entry.put("message", describe(duplicate));
        entry.put("kept", duplicate.kept().toString());
        entry.put("doc", duplicate.docId());
        return JSON.writeValueAsString(entry);
    }

    /** One line naming both files of a duplicate, the one left out first. */
    static String describe(FileOutcome.Duplicate d) {
        return d.leftOut() + ": same paper (" + d.docId() + ") as " + d.kept() + ", which is kept: " + d.why();
    }

    @Override
    public void fileDone(FileOutcome outcome, IngestProgress progress) {
        if (outcome.status() != FileOutcome.Status.FAILED || writeError != null) {
            return;
        }
        try {
            write(line(outcome));
            written++;
        } catch (IOException e) {
            writeError = e;
        }
    }

    /** Lists the run's duplicates, after the run: only then is it known which copy of a paper the index keeps. */
    void duplicates(IngestSummary summary) {
        for (FileOutcome.Duplicate d : summary.duplicates()) {
            if (writeError != null) {
                return;
            }
            try {
                write(line(d));
                duplicates++;
            } catch (IOException e) {
                writeError = e;
            }
        }
    }

    private void write(String line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    Path file() {
        return file;
    }

    /** Failures listed. */
    int written() {
        return written;
    }

    /** Duplicates listed. */
    int duplicates() {
        return duplicates;
    }

    /** The first error writing the report, or null. */
    IOException writeError() {
        return writeError;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
