package org.simine.extract.pdf;

import java.util.List;

/**
 * Glyphs that the content stream draws one after another on one line without a wide gap: the unit of column
 * detection. Sub- and superscripts drawn inline belong to the run of their base text.
 *
 * @param glyphs   glyphs in drawing order
 * @param box      union of the glyph boxes
 * @param size     the largest glyph size in points
 * @param baseline the baseline of the largest glyphs
 */
record Run(List<Glyph> glyphs, Box box, double size, double baseline) {
    Run {
        glyphs = List.copyOf(glyphs);
    }

    static Run of(List<Glyph> glyphs) {
        double size = 0;
        double baseline = glyphs.get(0).baseline();
        for (Glyph g : glyphs) {
            if (g.size() > size * 1.05) {
                size = g.size();
                baseline = g.baseline();
            }
        }
        return new Run(glyphs, Box.around(glyphs), size, baseline);
    }

    boolean blank() {
        return glyphs.stream().allMatch(Glyph::isSpace);
    }

    /** The run's characters without spacing or scripts: for repetition checks and debugging. */
    String rawText() {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString().strip();
    }
}
