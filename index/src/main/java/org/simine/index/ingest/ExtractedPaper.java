package org.simine.index.ingest;

import java.util.List;
import java.util.Objects;
import org.simine.index.document.PageText;
import org.simine.model.Record;

/**
 * What an extractor gives the index for one file: identity, page texts (for passages) and records.
 *
 * @param docId     DOI or {@code sha256:<hex>}; every record's {@code doc} must equal it
 * @param doi       DOI printed in the paper, or null
 * @param title     title, or null
 * @param pageCount number of pages (1 for plain text)
 * @param pages     page texts in order; may be empty when the extractor kept none (then no passages)
 * @param records   records in reading order
 */
public record ExtractedPaper(String docId, String doi, String title, int pageCount, List<PageText> pages,
                             List<Record> records) {
    public ExtractedPaper {
        Objects.requireNonNull(docId, "docId");
        pages = List.copyOf(pages);
        records = List.copyOf(records);
        for (Record r : records) {
            if (!r.doc().equals(docId)) {
                throw new IllegalArgumentException("record of " + r.doc() + " in paper " + docId);
            }
        }
    }
}
