package org.simine.index.document;

import java.util.Objects;

/**
 * The normalised text of one page as the extractor read it.
 *
 * @param number 1-based page number, or null when the source has no real pages (plain text)
 * @param text   the page's text, lines separated by {@code \n}
 */
public record PageText(Integer number, String text) {
    public PageText {
        Objects.requireNonNull(text, "text");
    }
}
