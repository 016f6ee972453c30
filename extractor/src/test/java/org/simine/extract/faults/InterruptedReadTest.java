package org.simine.extract.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.InputProblem;
import org.simine.extract.read.DocumentReaders;

/**
 * A PDF read interrupted inside a runaway page (what the timeout does to the extraction thread) ends at once and
 * is reported as TIMED_OUT: the interruption must not pass for a broken file (CORRUPT_PDF).
 */
class InterruptedReadTest {
    @Test
    void anInterruptedReadStopsInsideARunawayPageAsTimedOut(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.pdf");
        HostilePdfs.xobjectBomb(bomb, HostilePdfs.BOMB_DEPTH + 1); // ~30 s or more of text extraction if not stopped
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                outcome.set(DocumentReaders.read(bomb, ExtractionLimits.defaults()));
            } catch (InputException | RuntimeException e) {
                outcome.set(e);
            }
        });
        reader.start();
        Thread.sleep(1_000);
        assertTrue(reader.isAlive(), "the bomb should still be being read");
        long t0 = System.nanoTime();
        reader.interrupt();
        reader.join(10_000);
        double stopped = (System.nanoTime() - t0) / 1e9;
        assertFalse(reader.isAlive(), "the read did not stop within 10 s of the interrupt");
        assertTrue(outcome.get() instanceof InputException, String.valueOf(outcome.get()));
        assertEquals(InputProblem.TIMED_OUT, ((InputException) outcome.get()).problem(), String.valueOf(outcome.get()));
        System.out.printf("interrupted PDF read stopped %.0f ms after the interrupt%n", stopped * 1000);
        assertTrue(stopped < 2, "stopped after " + stopped + " s");
    }
}
