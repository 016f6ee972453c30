package org.simine.index.ingest;

/** A file the extractor cannot read; the message is one line naming the file and the problem. */
public class UnreadablePaperException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadablePaperException(String message, Throwable cause) {
        super(message, cause);
    }
}
