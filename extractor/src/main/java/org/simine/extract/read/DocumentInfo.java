package org.simine.extract.read;

import java.util.Objects;

/**
 * What a document says about itself beyond its text.
 *
 * @param format  what it was read from
 * @param journal the journal's name from the markup's metadata, or null (PDFs and text do not state it reliably)
 * @param year    the publication year from the markup's metadata, or null
 */
public record DocumentInfo(DocumentFormat format, String journal, Integer year) {
    public DocumentInfo {
        Objects.requireNonNull(format, "format");
    }

    public static DocumentInfo of(DocumentFormat format) {
        return new DocumentInfo(format, null, null);
    }
}
