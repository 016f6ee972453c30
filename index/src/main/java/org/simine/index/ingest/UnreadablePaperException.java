package org.simine.index.ingest;

import java.util.Objects;

/**
 * A file the extractor cannot read; the message is one line naming the file and the problem, and
 * {@link #problem()} names the kind of problem as a constant (the extractor's, e.g. {@code CORRUPT_PDF}), which
 * ingest passes on in {@link FileOutcome#error()}.
 */
public class UnreadablePaperException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public UnreadablePaperException(String message, String problem, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem of no more specific kind than {@link FileOutcome#UNREADABLE}. */
    public UnreadablePaperException(String message, Throwable cause) {
        this(message, FileOutcome.UNREADABLE, cause);
    }

    public String problem() {
        return problem;
    }
}
