package org.simine.extract.pdf;

import java.util.List;

/**
 * One line of text within a column: its glyphs left to right and its text in script markup.
 *
 * @param glyphs   glyphs sorted by x
 * @param text     the line's text in the markup of {@link LineText}
 * @param box      union of the glyph boxes
 * @param baseline the dominant baseline (of the glyphs in the dominant size)
 * @param size     the dominant font size in points, weighted by glyph count
 * @param bold     fraction of non-space glyphs in a bold font, 0 to 1
 */
record TextLine(List<Glyph> glyphs, String text, Box box, double baseline, double size, double bold) {
    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    boolean isBold() {
        return bold >= 0.8;
    }
}
