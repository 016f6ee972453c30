package org.simine.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A file that SiMine cannot read, with a typed {@link InputProblem} for programs and a message of the form
 * {@code "<file>: <plain-language problem>"} for people. Readers map every library failure (including
 * runtime exceptions from PDFBox) to this type, so a caller handles exactly one exception type per bad file.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final InputProblem problem;

    /**
     * @param file      the file as the caller named it
     * @param problem   what is wrong
     * @param statement the plain-language problem as users should read it (without the file name)
     * @param cause     underlying exception, or null
     */
    public InputException(Path file, InputProblem problem, String statement, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(statement, "statement"), cause);
        this.file = file;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    public InputProblem problem() {
        return problem;
    }

    public static InputException notFound(Path file) {
        return of(file, InputProblem.NOT_FOUND, null, null);
    }

    public static InputException notAFile(Path file) {
        return of(file, InputProblem.NOT_A_FILE, "is it a directory?", null);
    }

    /** @param supported the extensions SiMine reads, in the order to list them */
    public static InputException unsupportedType(Path file, String extension, Collection<String> supported) {
        String type = extension.isEmpty() ? "without extension" : "." + extension;
        String reads = supported.stream().map(e -> "." + e).collect(Collectors.joining(", "));
        return new InputException(file, InputProblem.UNSUPPORTED_TYPE,
                InputProblem.UNSUPPORTED_TYPE.description() + " " + type + " (SiMine reads " + reads + ")", null);
    }

    /** @param detail what was found instead of content, or null for a zero-byte file */
    public static InputException empty(Path file, String detail) {
        return of(file, InputProblem.EMPTY, detail == null ? "0 bytes" : detail, null);
    }

    public static InputException corruptPdf(Path file, Throwable cause) {
        return of(file, InputProblem.CORRUPT_PDF, "truncated or corrupt: " + describe(cause), cause);
    }

    /** @param cause the parser's complaint, with its line and column when it gave them */
    public static InputException corruptXml(Path file, Throwable cause) {
        return of(file, InputProblem.CORRUPT_XML, describe(cause).replace('\n', ' '), cause);
    }

    /** @param limit the most bytes a file of this kind may have */
    public static InputException tooLarge(Path file, long bytes, long limit) {
        return of(file, InputProblem.TOO_LARGE, String.format(Locale.ROOT, "%.1f MB, the limit for publisher markup is "
                + "%.0f MB", bytes / 1e6, limit / 1e6), null);
    }

    /** A file of a supported kind by its name whose content is not one SiMine reads. */
    public static InputException unsupportedContent(Path file, String what) {
        return of(file, InputProblem.UNSUPPORTED_TYPE, what, null);
    }

    public static InputException encrypted(Path file, Throwable cause) {
        return of(file, InputProblem.ENCRYPTED, "save an unprotected copy to extract it", cause);
    }

    public static InputException noTextLayer(Path file, int pages) {
        return of(file, InputProblem.NO_TEXT_LAYER,
                pages + (pages == 1 ? " page" : " pages") + " without extractable text; scanned images need OCR first",
                null);
    }

    public static InputException badEncoding(Path file, long byteOffset, Throwable cause) {
        return of(file, InputProblem.BAD_ENCODING,
                "malformed bytes at byte " + byteOffset + "; save the file as UTF-8", cause);
    }

    public static InputException unreadable(Path file, Throwable cause) {
        return of(file, InputProblem.UNREADABLE, describe(cause), cause);
    }

    /** @param pages the pages the file has; {@code limit} the most {@link ExtractionLimits} allows */
    public static InputException tooManyPages(Path file, int pages, int limit) {
        return of(file, InputProblem.TOO_MANY_PAGES, pages + " pages, the limit is " + limit, null);
    }

    /** @param timeout the limit that was reached */
    public static InputException timedOut(Path file, Duration timeout) {
        return of(file, InputProblem.TIMED_OUT, "not finished within the limit of " + seconds(timeout), null);
    }

    /** @param cause the error the extraction thread ran into */
    public static InputException outOfMemory(Path file, OutOfMemoryError cause) {
        return of(file, InputProblem.OUT_OF_MEMORY, "the Java heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB ran out while reading it; give Java more (-Xmx) or leave the file out", cause);
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static InputException of(Path file, InputProblem problem, String detail, Throwable cause) {
        String statement = detail == null ? problem.description() : problem.description() + " (" + detail + ")";
        return new InputException(file, problem, statement, cause);
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown cause";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }
}
