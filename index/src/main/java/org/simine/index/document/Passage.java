package org.simine.index.document;

import java.util.Objects;

/**
 * A paragraph-sized piece of a paper's text, the unit of full-text search and snippets.
 *
 * @param docId   the paper's document id
 * @param ordinal 0-based position in the paper
 * @param page    1-based page, or null for plain-text papers
 * @param section heading of the enclosing section when one was recognised, else null
 * @param text    the passage's normalised text
 */
public record Passage(String docId, int ordinal, Integer page, String section, String text) {
    public Passage {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
    }
}
