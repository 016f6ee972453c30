package org.simine.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How much one document may cost: a literature run meets books, scan bundles and hostile files, and one of them
 * must not hold up or sink the rest. Over a limit, extraction ends with a typed {@link InputException}.
 *
 * <p>Memory is bounded separately: PDFBox keeps at most 64 MiB of a PDF's decoded streams in main memory and
 * spills the rest to a temporary scratch file (its mixed stream cache, set where PDFs are opened), so a large
 * PDF costs disk rather than heap; the text and records of one document are held in memory.
 *
 * @param timeout  wall time for one document, reading, rules and tables together; past it
 *                 {@link SiMineExtractor} gives {@link InputProblem#TIMED_OUT} and interrupts the work
 * @param maxPages most pages a PDF may have; a longer one gives {@link InputProblem#TOO_MANY_PAGES}
 */
public record ExtractionLimits(Duration timeout, int maxPages) {
    /** As a constant expression, for option defaults. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    /** Enough for a thesis or a long review with its supplement; more is a book or a bundle. */
    public static final int DEFAULT_MAX_PAGES = 2_000;
    /**
     * Largest publisher XML/HTML file read: full-text articles are 0.1–5 MB (figures are separate files), and a
     * parsed DOM costs several times the file in heap. A larger file is refused with
     * {@link InputProblem#TOO_LARGE} before a byte of it is parsed.
     */
    public static final long MAX_MARKUP_BYTES = 64L << 20;

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
    }

    /** 120 s and 2,000 pages. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_PAGES);
    }

    public ExtractionLimits withTimeout(Duration t) {
        return new ExtractionLimits(t, maxPages);
    }

    public ExtractionLimits withMaxPages(int n) {
        return new ExtractionLimits(timeout, n);
    }

    /**
     * The check a reader makes for every page before it reads it: refuses a document of more than
     * {@link #maxPages()} pages (at its first page, before any text is read), and ends the work once the
     * extraction has timed out ({@link SiMineExtractor} interrupts the thread that runs it).
     *
     * @param number 1-based page about to be read
     * @param count  pages in the document
     */
    public void checkPage(Path file, int number, int count) throws InputException {
        checkPageCount(file, count);
        checkNotCancelled(file);
    }

    /** @throws InputException TOO_MANY_PAGES when {@code count} is over {@link #maxPages()} */
    public void checkPageCount(Path file, int count) throws InputException {
        if (count > maxPages) {
            throw InputException.tooManyPages(file, count, maxPages);
        }
    }

    /**
     * Ends work whose result nobody waits for any more: {@link SiMineExtractor} interrupts the thread running an
     * extraction when it times out (or its caller is cancelled).
     *
     * @throws InputException TIMED_OUT when the current thread is interrupted (the flag is left set)
     */
    public void checkNotCancelled(Path file) throws InputException {
        if (Thread.currentThread().isInterrupted()) {
            throw InputException.timedOut(file, timeout);
        }
    }
}
