package org.simine.extract.pdf;

import java.util.List;

/**
 * A rectangle on a page in PDF points, origin at the page's top-left corner, y growing downwards (the
 * orientation in which the page's main text direction reads left to right).
 */
public record Box(double x0, double y0, double x1, double y1) {
    public Box {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("box corners out of order: " + x0 + "," + y0 + " " + x1 + "," + y1);
        }
    }

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

    public Box union(Box other) {
        return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    /** The union of the glyphs' boxes ({@link Glyph#box()}), without a box per glyph; the list is not empty. */
    static Box around(List<Glyph> glyphs) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Glyph g : glyphs) {
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.top());
            x1 = Math.max(x1, Math.max(g.x0(), g.x1()));
            y1 = Math.max(y1, g.bottom());
        }
        return new Box(x0, y0, x1, y1);
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    /** Compact form for debug views and golden files: {@code [x0,y0 x1,y1]} rounded to whole points. */
    @Override
    public String toString() {
        return "[" + Math.round(x0) + "," + Math.round(y0) + " " + Math.round(x1) + "," + Math.round(y1) + "]";
    }
}
