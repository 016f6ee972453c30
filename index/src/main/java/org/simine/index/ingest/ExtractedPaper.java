package org.simine.index.ingest;

import java.util.List;
import java.util.Objects;
import org.simine.index.document.PageText;
import org.simine.index.document.PaperDetails;
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
 * @param format    what the file was read from ({@code pdf}, {@code text}, {@code jats-xml}, …), or null when unknown
 * @param rank      how the format ranks when two files are the same paper (higher wins: publisher markup over PDF
 *                  over text; see {@code DocumentFormat}); 0 when unknown
 * @param paragraphs the exact paragraphs of publisher markup, in order (each becomes one passage whose ordinal is
 *                  the paragraph number records carry as {@code source.paragraph}); empty for PDFs and text, whose
 *                  passages are cut from {@code pages}
 * @param details   authors, year, tables and reference list, for the web page ({@link PaperDetails#NONE} when
 *                  the extractor gives none)
 */
public record ExtractedPaper(String docId, String doi, String title, int pageCount, List<PageText> pages,
                             List<Record> records, String format, int rank, List<Paragraph> paragraphs,
                             PaperDetails details) {
    /**
     * One paragraph of publisher markup.
     *
     * @param section its section heading, or null
     * @param text    its normalised text
     */
    public record Paragraph(String section, String text) {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    public ExtractedPaper(String docId, String doi, String title, int pageCount, List<PageText> pages,
                          List<Record> records) {
        this(docId, doi, title, pageCount, pages, records, null, 0, List.of(), null);
    }

    /** A paper without details. */
    public ExtractedPaper(String docId, String doi, String title, int pageCount, List<PageText> pages,
                          List<Record> records, String format, int rank, List<Paragraph> paragraphs) {
        this(docId, doi, title, pageCount, pages, records, format, rank, paragraphs, null);
    }

    public ExtractedPaper {
        Objects.requireNonNull(docId, "docId");
        pages = List.copyOf(pages);
        records = List.copyOf(records);
        paragraphs = List.copyOf(paragraphs);
        details = details == null ? PaperDetails.NONE : details;
        for (Record r : records) {
            if (!r.doc().equals(docId)) {
                throw new IllegalArgumentException("record of " + r.doc() + " in paper " + docId);
            }
        }
    }
}
