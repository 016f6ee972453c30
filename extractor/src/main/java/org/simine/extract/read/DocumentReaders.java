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
import org.simine.extract.read.markup.MarkupDocumentReader;

/**
 * Picks the reader for a file, after the checks every format shares (exists, is a regular readable file, is not
 * empty), so each reader only deals with its own format. {@code .pdf} is read as PDF and {@code .txt}/{@code .md}
 * as text; XML and HTML names ({@code .xml}, {@code .nxml}, {@code .html}, {@code .htm}, {@code .xhtml}) and files
 * without an extension are told by their content ({@link MarkupDocumentReader}): Elsevier full-text XML, JATS XML,
 * publisher HTML, or a PDF.
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
        DocumentReader reader = extension.isEmpty() ? BY_EXTENSION.get("xml") : BY_EXTENSION.get(extension);
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
        PdfDocumentReader pdf = new PdfDocumentReader();
        readers.put("pdf", pdf);
        TextDocumentReader text = new TextDocumentReader();
        readers.put("txt", text);
        readers.put("md", text);
        MarkupDocumentReader markup = new MarkupDocumentReader(pdf);
        for (String extension : new String[] {"xml", "nxml", "html", "htm", "xhtml"}) {
            readers.put(extension, markup);
        }
        return Collections.unmodifiableMap(readers);
    }
}
