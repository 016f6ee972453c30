package org.simine.extract.read;

import java.util.List;
import java.util.Objects;

/**
 * One page of a document.
 *
 * @param number 1-based page number (a plain-text document is one page, number 1)
 * @param text   the page's minable text, normalised (see {@link TextNormaliser}): for PDFs the running text in
 *               reading order, then captions and asides, without running headers, footers, page numbers and
 *               references. Sub- and superscripts are marked ({@code cm^2 s^-1}, {@code R_ct}, {@code Li^+});
 *               record offsets index into this text
 * @param blocks the page's blocks with kinds and boxes (minable ones point into {@code text}); empty when the
 *               reader has no layout (plain text)
 */
public record Page(int number, String text, List<Block> blocks) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + number);
        }
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** A page without layout blocks. */
    public Page(int number, String text) {
        this(number, text, List.of());
    }

    /** The section heading in force at a character offset of {@link #text()}, or null when unknown. */
    public String sectionAt(int offset) {
        String section = null;
        for (Block b : blocks) {
            if (b.inText() && b.start() <= offset) {
                section = b.section();
                if (offset < b.end()) {
                    return section;
                }
            }
        }
        return section;
    }

    /**
     * The index in {@link #blocks()} of the block whose span holds {@code offset}, or -1. For publisher markup this
     * is the paragraph number records carry ({@code source.paragraph}): there every block is part of the text.
     */
    public int blockIndexAt(int offset) {
        int found = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.inText() && b.start() <= offset && offset < b.end()) {
                return i;
            }
            if (b.inText() && b.start() <= offset) {
                found = i;
            }
        }
        return found;
    }

    /** {@link #text()} without script markup, for search and display ({@code cm2 s-1}, {@code Rct}, {@code Li+}). */
    public String plainText() {
        return ScriptMarkup.plain(text);
    }
}
