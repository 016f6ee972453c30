package org.simine.extract.read;

import java.util.Objects;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.pdf.Box;

/**
 * A block of a page: a heading, paragraph, caption, reference, header … with where it sits.
 *
 * @param kind    what the block is; {@link BlockKind#minable()} blocks make up {@link Page#text()}
 * @param text    the block's normalised text (the same characters as its span of the page text, when it has one)
 * @param box     where it sits on the page (points, top-left origin)
 * @param section the heading of the enclosing section, or null before the first heading
 * @param start   offset of the block's text in {@link Page#text()}, or -1 when the block is not part of it
 * @param end     end offset (exclusive), or -1
 */
public record Block(BlockKind kind, String text, Box box, String section, int start, int end) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (start < -1 || end < start || (start == -1) != (end == -1)) {
            throw new IllegalArgumentException("bad block span " + start + ".." + end);
        }
    }

    public boolean inText() {
        return start >= 0;
    }
}
