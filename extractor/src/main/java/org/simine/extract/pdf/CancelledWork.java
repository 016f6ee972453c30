package org.simine.extract.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Stops PDF reading once its extraction is cancelled: SiMineExtractor interrupts the thread of a timed-out
 * extraction, and PDFBox's content-stream engines do not look at the interrupt flag themselves. {@link PageScanner}
 * checks it every {@value #OPERATORS_BETWEEN_CHECKS} operators, so a runaway content stream (nested forms drawn
 * millions of times) stops within milliseconds of the timeout instead of running to its end.
 */
public final class CancelledWork {
    static final int OPERATORS_BETWEEN_CHECKS = 1024;

    private CancelledWork() {
    }

    /** @throws InterruptedIOException when the current thread is interrupted (the flag stays set) */
    public static void check() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("PDF reading cancelled");
        }
    }

    /**
     * For an engine's {@code operatorException}: PDFBox logs and skips an exception thrown inside a form ("Do"),
     * which would turn the cancellation into a skipped form and let the page run on.
     */
    static void rethrowIfCancelled(IOException e) throws IOException {
        if (e instanceof InterruptedIOException) {
            throw e;
        }
    }

    /** Counts operators of one engine and checks every {@value #OPERATORS_BETWEEN_CHECKS}. Not thread-safe. */
    static final class OperatorCounter {
        private int operators;

        void next() throws InterruptedIOException {
            if (++operators % OPERATORS_BETWEEN_CHECKS == 0) {
                check();
            }
        }
    }
}
