package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;

/**
 * Picks the reader for a file by its extension, after the checks every format shares (exists, is a regular
 * readable file, is not empty), so each reader only deals with its own format.
 */
public final class DocumentReaders {
    private static final Map<String, DocumentReader> BY_EXTENSION = byExtension();

    /** Lower-case extensions without the dot, in the order to list them to users. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Collections.unmodifiableSet(BY_EXTENSION.keySet());

    private DocumentReaders() {
    }

    /** Reads with {@link ExtractionLimits#defaults()}. */
    public static Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    /**
     * Reads within {@code limits}: a PDF over {@link ExtractionLimits#maxPages()} is refused before its text is
     * read, and an interrupted (timed-out) read ends with {@link org.simine.extract.InputProblem#TIMED_OUT} rather
     * than a document nobody waits for.
     */
    public static Document read(Path file, ExtractionLimits limits) throws InputException {
        String extension = extension(file);
        DocumentReader reader = BY_EXTENSION.get(extension);
        if (!Files.exists(file)) {
            throw InputException.notFound(file);
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.notAFile(file);
        }
        if (reader == null) {
            throw InputException.unsupportedType(file, extension, SUPPORTED_EXTENSIONS);
        }
        if (!Files.isReadable(file)) {
            throw InputException.unreadable(file, new IOException("permission denied"));
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        if (size == 0) {
            throw InputException.empty(file, null);
        }
        Document document = reader.read(file, limits);
        limits.checkPageCount(file, document.pages().size());
        limits.checkNotCancelled(file);
        return document;
    }

    /** The file name's extension, lower-case and without the dot; empty when there is none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, DocumentReader> byExtension() {
        Map<String, DocumentReader> readers = new LinkedHashMap<>();
        readers.put("pdf", new PdfDocumentReader());
        TextDocumentReader text = new TextDocumentReader();
        readers.put("txt", text);
        readers.put("md", text);
        return Collections.unmodifiableMap(readers);
    }
}
