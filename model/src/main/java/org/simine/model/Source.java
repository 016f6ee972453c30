package org.simine.model;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param binding  how a text value's material was found: {@code sentence} (named in the value's sentence),
 *                 {@code paragraph} (an earlier sentence of the paragraph), {@code section} (earlier in the
 *                 section); null when no material was bound or for table values (schema 1.1)
 * @param bindingDistance sentences between the value's sentence and the one naming the material (0 for
 *                 {@code sentence}); null when {@code binding} is null (schema 1.1)
 * @param paragraph 0-based index of the paragraph the value was read from, counted over the document's
 *                 paragraphs in the order {@code simine text} prints them (headings, paragraphs, then captions
 *                 and footnotes); given for publisher markup (XML/HTML), whose paragraphs are exact, where
 *                 {@code page} is absent; null for PDFs and plain text (schema 1.2)
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
        String rule,
        String binding,
        @JsonProperty("binding_distance") Integer bindingDistance,
        Integer paragraph) {

    /** The ways a material is bound to a text value, nearest first. */
    public static final java.util.List<String> BINDINGS = java.util.List.of("sentence", "paragraph", "section");

    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("source end " + end + " before start " + start);
        }
        if (binding != null && !BINDINGS.contains(binding)) {
            throw new IllegalArgumentException("unknown binding " + binding + ", expected one of " + BINDINGS);
        }
        if ((binding == null) != (bindingDistance == null) || (bindingDistance != null && bindingDistance < 0)) {
            throw new IllegalArgumentException("binding " + binding + " with distance " + bindingDistance);
        }
        if (paragraph != null && paragraph < 0) {
            throw new IllegalArgumentException("paragraph must not be negative, got " + paragraph);
        }
    }

    /** Schema 1.1 provenance, without a paragraph. */
    public Source(SourceKind kind, Integer page, String section, String table, Integer row, Integer column,
                  Integer sentence, Integer start, Integer end, String snippet, String rule, String binding,
                  Integer bindingDistance) {
        this(kind, page, section, table, row, column, sentence, start, end, snippet, rule, binding, bindingDistance,
                null);
    }

    /** Schema 1.0 provenance, without material binding. */
    public Source(SourceKind kind, Integer page, String section, String table, Integer row, Integer column,
                  Integer sentence, Integer start, Integer end, String snippet, String rule) {
        this(kind, page, section, table, row, column, sentence, start, end, snippet, rule, null, null, null);
    }

    /** This provenance with how the material was bound. */
    public Source withBinding(String how, int distance) {
        return new Source(kind, page, section, table, row, column, sentence, start, end, snippet, rule, how, distance,
                paragraph);
    }

    /** This provenance in the {@code n}th paragraph (0-based) of a markup document. */
    public Source withParagraph(Integer n) {
        return new Source(kind, page, section, table, row, column, sentence, start, end, snippet, rule, binding,
                bindingDistance, n);
    }

    /** This provenance under another section heading. */
    public Source withSection(String heading) {
        return new Source(kind, page, heading, table, row, column, sentence, start, end, snippet, rule, binding,
                bindingDistance, paragraph);
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
