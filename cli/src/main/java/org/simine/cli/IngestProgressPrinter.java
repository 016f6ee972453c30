package org.simine.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestProgress;

/**
 * Shows an ingest run as it goes, on stderr. On a terminal one status line is redrawn in place (count, rate,
 * ETA, current file), and only failures scroll; otherwise (a log, a pipe, CI) every file gets one plain line.
 */
final class IngestProgressPrinter implements IngestListener {
    private static final int STATUS_WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private boolean statusShown;

    IngestProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** For the real console: redraws in place only when stderr is a terminal. */
    static IngestProgressPrinter forConsole(PrintWriter err) {
        return new IngestProgressPrinter(err, System.console() != null);
    }

    @Override
    public void started(int files, int workers) {
        if (!terminal) {
            err.printf("ingest: %d files, %d extraction workers%n", files, workers);
            err.flush();
        }
    }

    @Override
    public void fileDone(FileOutcome o, IngestProgress p) {
        if (terminal) {
            if (o.status() == FileOutcome.Status.FAILED) {
                clearStatus();
                err.println("simine: " + o.reason());
            }
            String status = String.format(Locale.ROOT, "[%d/%d] %3.0f%%  %s  ingested %d · skipped %d · failed %d  %s",
                    p.done(), p.total(), 100.0 * p.done() / p.total(), rateAndEta(p), p.written(), p.skipped(),
                    p.failed(), o.file().getFileName());
            err.print("\r" + pad(status));
            statusShown = true;
        } else {
            err.printf(Locale.ROOT, "ingest [%d/%d %s] %s%n", p.done(), p.total(), rateAndEta(p), describe(o));
        }
        err.flush();
    }

    @Override
    public void committed(int papers, IngestProgress p) {
        if (!terminal && papers > 0) {
            err.printf("ingest: committed %d papers (%d records so far)%n", papers, p.records());
            err.flush();
        }
    }

    /** Ends the status line so the summary starts on a fresh one. */
    void finish() {
        clearStatus();
        err.flush();
    }

    private void clearStatus() {
        if (statusShown) {
            err.print("\r" + " ".repeat(STATUS_WIDTH) + "\r");
            statusShown = false;
        }
    }

    private static String describe(FileOutcome o) {
        return switch (o.status()) {
            case INGESTED, REPLACED -> String.format(Locale.ROOT, "%s %s (%d records, %d passages, %.1f s)",
                    o.status() == FileOutcome.Status.INGESTED ? "ingested" : "replaced", o.file(), o.records(),
                    o.passages(), o.took().toMillis() / 1000.0);
            case SKIPPED -> "skipped " + o.file() + ": " + o.reason();
            case FAILED -> "failed " + o.reason();
        };
    }

    static String rateAndEta(IngestProgress p) {
        Duration eta = p.eta();
        return String.format(Locale.ROOT, "%.1f files/s, ETA %s", p.filesPerSecond(),
                eta == null ? "?" : clock(eta));
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String pad(String s) {
        return s.length() >= STATUS_WIDTH ? s.substring(0, STATUS_WIDTH - 1) + "…" : s + " ".repeat(STATUS_WIDTH - s.length());
    }
}
