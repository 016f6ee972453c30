package org.simine.extract.table;

/**
 * One glyph as printed: its text (usually one character, several for a ligature) and its box in page space
 * (points, origin at the top-left of the crop box, y growing downwards).
 *
 * @param text     the Unicode text PDFBox maps the glyph to
 * @param x0       left edge
 * @param y0       top edge (baseline minus glyph height)
 * @param x1       right edge
 * @param y1       baseline
 * @param fontSize font size in points, after the text matrix
 * @param bold     whether the font name or descriptor says bold
 */
public record Glyph(String text, double x0, double y0, double x1, double y1, double fontSize, boolean bold) {
    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (y0 + y1) / 2;
    }

    /** Whether PDFBox gave no visible text for it (a space glyph, or a glyph without a Unicode mapping). */
    public boolean isBlank() {
        return text.isBlank();
    }
}
