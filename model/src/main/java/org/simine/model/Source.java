package org.simine.model;

import java.util.Objects;

/**
 * Provenance of a value: where in the document it was read and which rule produced it.
 *
 * @param kind     text or table
 * @param page     1-based page number (null for plain-text inputs)
 * @param section  heading of the enclosing section, when known
 * @param table    table label as printed ("2", "S1", "II"), for table values
 * @param row      1-based body row of the table
 * @param column   1-based column of the table
 * @param sentence 0-based index of the sentence in the document, for text values
 * @param start    start character offset of the value's evidence in the document's normalised text
 * @param end      end character offset (exclusive)
 * @param snippet  the sentence or table row the value came from
 * @param rule     id of the extraction rule
 */
public record Source(
        SourceKind kind,
        Integer page,
        String section,
        String table,
        Integer row,
        Integer column,
        Integer sentence,
        Integer start,
        Integer end,
        String snippet,
        String rule) {

    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("source end " + end + " before start " + start);
        }
    }

    public static Source text(Integer page, String section, int sentence, Integer start, Integer end,
                              String snippet, String rule) {
        return new Source(SourceKind.TEXT, page, section, null, null, null, sentence, start, end, snippet, rule);
    }

    public static Source table(Integer page, String section, String table, int row, int column,
                               String snippet, String rule) {
        return new Source(SourceKind.TABLE, page, section, table, row, column, null, null, null, snippet, rule);
    }
}
