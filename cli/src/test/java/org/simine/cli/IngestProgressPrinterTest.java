package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestProgress;

class IngestProgressPrinterTest {
    static final FileOutcome OK = new FileOutcome(Path.of("papers/a.pdf"), FileOutcome.Status.INGESTED, "d", 28, 136,
            null, Duration.ofMillis(7700));
    static final FileOutcome BAD = new FileOutcome(Path.of("papers/b.pdf"), FileOutcome.Status.FAILED, null, 0, 0,
            "papers/b.pdf: not a readable PDF (truncated)", Duration.ofMillis(5));
    static final IngestProgress HALF = new IngestProgress(1, 4, 1, 0, 0, 28, Duration.ofSeconds(2));
    static final IngestProgress MORE = new IngestProgress(2, 4, 1, 0, 1, 28, Duration.ofSeconds(4));

    @Test
    void aTerminalGetsOneStatusLineRedrawnInPlaceAndFailuresScroll() {
        StringWriter text = new StringWriter();
        IngestProgressPrinter p = new IngestProgressPrinter(new PrintWriter(text), true);
        p.started(4, 2);
        p.fileDone(OK, HALF);
        p.fileDone(BAD, MORE);
        p.finish();
        String out = text.toString();
        assertTrue(out.startsWith("\r[1/4]  25%  0.5 files/s, ETA 0:06  ingested 1 · skipped 0 · failed 0  a.pdf"), out);
        assertTrue(out.contains("\rsimine: papers/b.pdf: not a readable PDF (truncated)\n\r[2/4]  50%"), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("simine:")).count(), out);
    }

    @Test
    void aLogGetsOnePlainLinePerFileWithRateAndEta() {
        StringWriter text = new StringWriter();
        IngestProgressPrinter p = new IngestProgressPrinter(new PrintWriter(text), false);
        p.started(4, 2);
        p.fileDone(OK, HALF);
        p.fileDone(BAD, MORE);
        p.committed(1, MORE);
        assertEquals(String.join("\n",
                "ingest: 4 files, 2 extraction workers",
                "ingest [1/4 0.5 files/s, ETA 0:06] ingested papers/a.pdf (28 records, 136 passages, 7.7 s)",
                "ingest [2/4 0.5 files/s, ETA 0:04] failed papers/b.pdf: not a readable PDF (truncated)",
                "ingest: committed 1 papers (28 records so far)", ""), text.toString());
        assertTrue(!text.toString().contains("\r"));
    }
}
