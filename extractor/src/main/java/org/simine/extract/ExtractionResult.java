package org.simine.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.simine.extract.read.Document;
import org.simine.extract.table.Table;
import org.simine.model.Record;

/**
 * What one file gave.
 *
 * @param docId    the document id (DOI, else {@code sha256:<hex>}) that every record's {@code doc} carries
 * @param file     the file as the caller named it
 * @param title    the title, or null when the file does not state one
 * @param pages    number of pages (1 for plain text)
 * @param records  extracted records in reading order
 * @param document the read document the records came from (page texts for full-text indexing), or null when
 *                 the producer did not keep it
 * @param tables   the tables the records were read from (PDF layer, publisher markup or a text file's
 *                 tab-separated tables), in document order
 */
public record ExtractionResult(String docId, Path file, String title, int pages, List<Record> records,
                               Document document, List<Table> tables) {
    public ExtractionResult {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(file, "file");
        records = List.copyOf(records);
        tables = List.copyOf(tables);
    }

    /** A result without its tables. */
    public ExtractionResult(String docId, Path file, String title, int pages, List<Record> records,
                            Document document) {
        this(docId, file, title, pages, records, document, document == null ? List.of() : document.tables());
    }

    /** A result without its read document (no page texts). Kept so producers written before it still compile. */
    public ExtractionResult(String docId, Path file, String title, int pages, List<Record> records) {
        this(docId, file, title, pages, records, null);
    }
}
