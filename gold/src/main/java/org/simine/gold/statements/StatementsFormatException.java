package org.simine.gold.statements;

import org.simine.gold.GoldFormatException;

/**
 * A statements file that does not follow the format; the message is {@code file:line: what is wrong}, the way
 * compilers report, so that editors and terminals can jump to the line.
 */
public final class StatementsFormatException extends GoldFormatException {
    private static final long serialVersionUID = 1L;

    private final String detail;

    /**
     * @param file   the file as the caller named it
     * @param line   1-based line (the header is line 1), or 0 for the file as a whole
     * @param detail what is wrong
     */
    public StatementsFormatException(String file, int line, String detail) {
        this(file, line, detail, null);
    }

    public StatementsFormatException(String file, int line, String detail, Throwable cause) {
        super(file, line, detail, cause);
        this.detail = detail;
    }

    /** The 1-based line the problem is on, or 0 for the whole file (the same as {@link #row()}). */
    public int line() {
        return row();
    }

    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return file() + (line() > 0 ? ":" + line() : "") + ": " + detail;
    }
}
