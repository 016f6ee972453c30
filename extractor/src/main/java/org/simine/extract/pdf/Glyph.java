package org.simine.extract.pdf;

/**
 * One drawn character (or ligature) as the layout analysis sees it: its text after the font repairs of
 * {@link GlyphMap}, where it sits and how large it is. Coordinates are points from the page's top-left corner in
 * the page's main text direction.
 *
 * @param text     the Unicode text of the glyph (one or more characters; a single space for a drawn space)
 * @param x0       left edge
 * @param x1       right edge (left edge plus advance width)
 * @param baseline y of the baseline
 * @param size     visual font size in points (font size times the text matrix scale)
 * @param bold     true when the font's name or descriptor says bold
 */
public record Glyph(String text, double x0, double x1, double baseline, double size, boolean bold) {
    /** Ascent and descent as fractions of the font size: glyph boxes are estimated, not read from the font. */
    static final double ASCENT = 0.72;
    static final double DESCENT = 0.22;

    public double top() {
        return baseline - ASCENT * size;
    }

    public double bottom() {
        return baseline + DESCENT * size;
    }

    public boolean isSpace() {
        return text.isBlank();
    }

    public Box box() {
        return new Box(x0, top(), Math.max(x0, x1), bottom());
    }
}
