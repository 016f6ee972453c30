package org.simine.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Glyphs sharing one baseline, left to right, with their sub- and superscripts attached.
 *
 * @param glyphs   glyphs sorted by x
 * @param baseline baseline of the line's main (largest) glyphs
 * @param fontSize the line's main font size: the largest font size among its glyphs
 */
public record TextLine(List<Glyph> glyphs, double baseline, double fontSize) {
    public TextLine {
        glyphs = List.copyOf(glyphs);
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a line has glyphs");
        }
    }

    public double x0() {
        return glyphs.get(0).x0();
    }

    public double x1() {
        return glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow();
    }

    public double top() {
        return glyphs.stream().mapToDouble(Glyph::y0).min().orElseThrow();
    }

    public double bottom() {
        return glyphs.stream().mapToDouble(Glyph::y1).max().orElseThrow();
    }

    /** The line's text with word spaces (see {@link CellText#join}). */
    public String text() {
        return CellText.join(glyphs);
    }

    /**
     * Splits the line where the horizontal gap between neighbouring glyphs exceeds {@code gapEms} times the
     * font size: the pieces are table cells or columns of a page, never words of one phrase.
     */
    public List<TextLine> chunks(double gapEms) {
        List<TextLine> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        double maxRight = Double.NEGATIVE_INFINITY;
        for (Glyph g : glyphs) {
            if (!run.isEmpty() && g.x0() - maxRight > gapEms * fontSize) {
                out.add(new TextLine(run, baseline, fontSize));
                run = new ArrayList<>();
            }
            run.add(g);
            maxRight = Math.max(maxRight, g.x1());
        }
        out.add(new TextLine(run, baseline, fontSize));
        return out;
    }

    /** Whether most of the line's letters are set in a bold font. */
    public boolean isBold() {
        long letters = glyphs.stream().filter(g -> Character.isLetterOrDigit(g.text().codePointAt(0))).count();
        long bold = glyphs.stream().filter(g -> g.bold() && Character.isLetterOrDigit(g.text().codePointAt(0))).count();
        return letters > 0 && bold * 2 > letters;
    }
}
