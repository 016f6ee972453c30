package org.simine.extract.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.InputProblem;
import org.simine.extract.TestInputs;

/**
 * The timeout is kept for the caller, and the abandoned work stops too: the extraction thread is interrupted, and the
 * PDF reader's page scanner checks the flag every 1,024 content operators, so the thread ends within moments even
 * inside a runaway page (before the scanner did, it ran on for 30 s and more until its page was done). This test
 * prints how long and how much CPU that takes and bounds it; run with {@code -Dsimine.bombDepth=8} for a bomb ten
 * times bigger.
 */
class ExtractionTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void theCallerGetsTimedOutInTimeAndTheAbandonedThreadEnds() throws Exception {
        int depth = Integer.getInteger("simine.bombDepth", HostilePdfs.BOMB_DEPTH);
        Path bomb = dir.resolve("bomb.pdf");
        HostilePdfs.xobjectBomb(bomb, depth);
        ExtractionLimits limits = ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(1));
        TestInputs.extractor(); // CoreNLP loads outside the measured time

        long t0 = System.nanoTime();
        InputException e = assertThrows(InputException.class, () -> TestInputs.extractor().extract(bomb, limits));
        double answered = (System.nanoTime() - t0) / 1e9;
        assertEquals(InputProblem.TIMED_OUT, e.problem(), e.getMessage());
        assertTrue(answered < 3, "timed out after " + answered + " s, not 1 s");

        ExtractionThreads atTimeout = ExtractionThreads.now();
        ExtractionThreads later = atTimeout;
        while (later.busy() > 0) {
            assertTrue((System.nanoTime() - t0) / 1e9 - answered < 5, () -> "the abandoned extraction still runs 5 s "
                    + "after the timeout:\n" + ExtractionThreads.busyStacks());
            Thread.sleep(100);
            later = ExtractionThreads.now();
        }
        double runOn = (System.nanoTime() - t0) / 1e9 - answered;
        System.out.printf("timeout (bomb depth %d): caller answered after %.2f s; the interrupted thread ran on %.1f s "
                + "(%.1f s CPU after the timeout)%n", depth, answered, runOn,
                Math.max(0, later.cpuNanos() - atTimeout.cpuNanos()) / 1e9);
    }

    /** The extractor's threads: how many are running, and their CPU time so far. */
    record ExtractionThreads(int busy, long cpuNanos) {
        static ExtractionThreads now() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            int busy = 0;
            long cpu = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("simine-extract-")) {
                    cpu += Math.max(0, mx.getThreadCpuTime(t.getId()));
                    busy += t.getState() == Thread.State.RUNNABLE ? 1 : 0;
                }
            }
            return new ExtractionThreads(busy, cpu);
        }

        /** Where the running extractor threads are, for the failure message. */
        static String busyStacks() {
            StringBuilder out = new StringBuilder();
            Thread.getAllStackTraces().forEach((t, stack) -> {
                if (t.getName().startsWith("simine-extract-") && t.getState() == Thread.State.RUNNABLE) {
                    out.append(t.getName()).append('\n');
                    for (int i = 0; i < Math.min(25, stack.length); i++) {
                        out.append("    at ").append(stack[i]).append('\n');
                    }
                }
            });
            return out.toString();
        }
    }
}
