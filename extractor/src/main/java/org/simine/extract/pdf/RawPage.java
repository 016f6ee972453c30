package org.simine.extract.pdf;

import java.util.List;

/**
 * The glyphs of one page before layout analysis.
 *
 * @param number  1-based page number
 * @param width   page width in points in the main text direction
 * @param height  page height in points in the main text direction
 * @param glyphs  glyphs in the main text direction, in content-stream order
 * @param rotated glyphs at another angle (margin stamps, rotated labels), in content-stream order
 */
record RawPage(int number, double width, double height, List<Glyph> glyphs, List<Glyph> rotated) {
    RawPage {
        glyphs = List.copyOf(glyphs);
        rotated = List.copyOf(rotated);
    }
}
