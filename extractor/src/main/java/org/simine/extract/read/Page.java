package org.simine.extract.read;

import java.util.Objects;

/**
 * One page of a document.
 *
 * @param number 1-based page number (a plain-text document is one page, number 1)
 * @param text   the page's normalised text (see {@link TextNormaliser}); record offsets index into it
 */
public record Page(int number, String text) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + number);
        }
        Objects.requireNonNull(text, "text");
    }
}
