package org.simine.extract.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.simine.extract.table.Table;

/**
 * A read document: normalised text page by page, with what identifies it.
 *
 * @param id                the DOI when one is printed on the first two pages (lower-cased), else
 *                          {@code sha256:<hex of the file bytes>}
 * @param path              the file as the caller named it
 * @param title             the title from the file's metadata or heading, or null when unknown
 * @param doi               the DOI found on the first two pages, or null
 * @param pages             pages in order, never empty
 * @param paginated         true when page numbers are real (PDF); false for plain text, whose single page is only a
 *                          container and whose records therefore carry no page number
 * @param unrecoveredGlyphs glyphs whose text the PDF's fonts hide and no repair recovers ("font glyph" → count);
 *                          they read U+FFFD in the text. Empty for text files
 * @param tables            the tables the PDF table layer found, in page order, or the tables of publisher
 *                          markup in document order; empty for text files (their tab-separated tables are read from
 *                          the file by {@code TextTableSource})
 * @param info              the format it was read from, and journal and year when the markup states them
 */
public record Document(String id, Path path, String title, String doi, List<Page> pages, boolean paginated,
                       Map<String, Integer> unrecoveredGlyphs, List<Table> tables, DocumentInfo info) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(info, "info");
        pages = List.copyOf(pages);
        unrecoveredGlyphs = Collections.unmodifiableMap(new TreeMap<>(unrecoveredGlyphs)); // sorted, reproducible
        tables = List.copyOf(tables);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one page");
        }
    }

    /** A PDF (paginated) or text document, without journal and year. */
    public Document(String id, Path path, String title, String doi, List<Page> pages, boolean paginated,
                    Map<String, Integer> unrecoveredGlyphs, List<Table> tables) {
        this(id, path, title, doi, pages, paginated, unrecoveredGlyphs, tables,
                DocumentInfo.of(paginated ? DocumentFormat.PDF : DocumentFormat.TEXT));
    }

    public Document(String id, Path path, String title, String doi, List<Page> pages, boolean paginated) {
        this(id, path, title, doi, pages, paginated, Map.of(), List.of());
    }

    public DocumentFormat format() {
        return info.format();
    }
}
