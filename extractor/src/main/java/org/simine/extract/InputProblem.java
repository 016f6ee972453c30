package org.simine.extract;

/** Why an input file could not be read; each value carries the plain-language text users see. */
public enum InputProblem {
    NOT_FOUND("file not found"),
    NOT_A_FILE("not a regular file"),
    UNSUPPORTED_TYPE("unsupported file type"),
    EMPTY("file is empty"),
    CORRUPT_PDF("not a readable PDF"),
    /** Publisher XML that is not well-formed, or that declares more entity expansion than any article needs. */
    CORRUPT_XML("not well-formed XML"),
    ENCRYPTED("PDF is protected by a password"),
    NO_TEXT_LAYER("PDF has no text layer"),
    BAD_ENCODING("not valid UTF-8 text"),
    UNREADABLE("file cannot be read"),
    /** More pages than {@link ExtractionLimits#maxPages()}: a book, a scan bundle or a hostile page tree. */
    TOO_MANY_PAGES("too many pages"),
    /** Publisher markup over {@link ExtractionLimits#MAX_MARKUP_BYTES}: far beyond any article, refused unread. */
    TOO_LARGE("file too large"),
    /** Not done within {@link ExtractionLimits#timeout()}: a runaway content stream or an oversized document. */
    TIMED_OUT("extraction timed out"),
    /** Reading it exhausted the Java heap (an operand flood, a gigantic page); the heap is free again afterwards. */
    OUT_OF_MEMORY("too large for the memory available");

    private final String description;

    InputProblem(String description) {
        this.description = description;
    }

    /** Short plain-language statement of the problem, without the file name or details. */
    public String description() {
        return description;
    }
}
