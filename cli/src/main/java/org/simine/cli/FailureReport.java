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

/**
 * {@code failed.jsonl}: one JSON object per file that failed in the last ingest run, with {@code file},
 * {@code error} (the kind: {@code CORRUPT_PDF}, {@code ENCRYPTED}, {@code TIMED_OUT}, {@code TOO_MANY_PAGES}, …)
 * and {@code message} (one line naming the file). Each line is written and flushed as the failure happens, so a run
 * that is killed still leaves the failures it met; the file is emptied when a run starts. A write error does not stop
 * the ingest: it is kept and reported after the run ({@link #writeError()}).
 */
final class FailureReport implements IngestListener, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;
    private int written;
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

    @Override
    public void fileDone(FileOutcome outcome, IngestProgress progress) {
        if (outcome.status() != FileOutcome.Status.FAILED || writeError != null) {
            return;
        }
        try {
            out.write(line(outcome));
            out.write('\n');
            out.flush();
            written++;
        } catch (IOException e) {
            writeError = e;
        }
    }

    Path file() {
        return file;
    }

    int written() {
        return written;
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
