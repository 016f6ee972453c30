package org.simine.extract.read;

import java.util.Objects;

/**
 * What a document says about itself beyond its text.
 *
 * @param format  what it was read from
 * @param journal the journal's name from the markup's metadata, or null (PDFs and text do not state it reliably)
 * @param year    the publication year from the markup's metadata, or null
 * @param author  the author entry of the file's own metadata (a PDF's information dictionary), as written, or null
 * @param created the year the file says it was made (a PDF's creation date), or null
 */
public record DocumentInfo(DocumentFormat format, String journal, Integer year, String author, Integer created) {
    public DocumentInfo {
        Objects.requireNonNull(format, "format");
    }

    /** Journal and year only (publisher markup). */
    public DocumentInfo(DocumentFormat format, String journal, Integer year) {
        this(format, journal, year, null, null);
    }

    public static DocumentInfo of(DocumentFormat format) {
        return new DocumentInfo(format, null, null);
    }
}
