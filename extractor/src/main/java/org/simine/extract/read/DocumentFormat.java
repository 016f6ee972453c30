package org.simine.extract.read;

/**
 * What a document was read from. Decides which copy of a paper wins when the same article (same DOI) comes in
 * more than one format: the one of higher {@link #rank()}.
 *
 * <p>Why publisher markup wins over the PDF: its text is the publisher's own (no reading-order, hyphenation,
 * glyph or column errors), its sub/superscripts are tagged rather than guessed from glyph sizes, its sections and
 * paragraphs are exact, and its tables are cells with spans rather than a grid recovered from ruling lines. What
 * is lost is the page number; markup records carry the paragraph instead. XML ranks above HTML because its
 * metadata (DOI, journal, year) is structured rather than taken from meta tags.
 */
public enum DocumentFormat {
    TEXT("text", "plain text", 0),
    PDF("pdf", "PDF", 1),
    HTML("html", "publisher HTML", 2),
    JATS_XML("jats-xml", "JATS XML", 3),
    ELSEVIER_XML("elsevier-xml", "Elsevier full-text XML", 3);

    private final String id;
    private final String label;
    private final int rank;

    DocumentFormat(String id, String label, int rank) {
        this.id = id;
        this.label = label;
        this.rank = rank;
    }

    /** Stable lower-case id for files and the index ({@code pdf}, {@code jats-xml}, …). */
    public String id() {
        return id;
    }

    /** How to name the format to people. */
    public String label() {
        return label;
    }

    /** Higher wins when two files are the same paper. */
    public int rank() {
        return rank;
    }

    /** Publisher XML or HTML: paragraphs instead of pages. */
    public boolean markup() {
        return this == HTML || this == JATS_XML || this == ELSEVIER_XML;
    }

    /** The format with this {@link #id()}, or null for null or an unknown id (an index written before formats). */
    public static DocumentFormat fromId(String id) {
        for (DocumentFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}
