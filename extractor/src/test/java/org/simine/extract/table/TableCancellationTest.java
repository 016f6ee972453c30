package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.InputException;
import org.simine.extract.faults.HostilePdfs;

/**
 * The page scanner behind the table layer checks the interrupt flag (every 1,024 operators), so a timed-out
 * extraction stops within milliseconds even inside a runaway page.
 */
class TableCancellationTest {
    @Test
    void anInterruptedTablePassStopsInsideARunawayPage(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.pdf");
        HostilePdfs.xobjectBomb(bomb, HostilePdfs.BOMB_DEPTH + 1); // ~30 s per pass if not stopped
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(new TableExtractor().extract(bomb));
            } catch (InputException | RuntimeException e) {
                outcome.set(e);
            }
        });
        worker.start();
        Thread.sleep(1_000);
        assertTrue(worker.isAlive(), "the bomb should still be running");
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(10_000);
        double stopped = (System.nanoTime() - t0) / 1e9;
        assertTrue(!worker.isAlive(), "the table pass did not stop within 10 s of the interrupt");
        assertTrue(outcome.get() instanceof InputException, String.valueOf(outcome.get()));
        System.out.printf("table pass stopped %.0f ms after the interrupt%n", stopped * 1000);
        assertTrue(stopped < 2, "stopped after " + stopped + " s");
    }
}
