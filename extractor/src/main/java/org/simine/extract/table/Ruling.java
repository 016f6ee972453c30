package org.simine.extract.table;

/**
 * A straight horizontal or vertical rule in page space (points, origin top-left, y downwards), normalised so
 * that {@code x0 ≤ x1} and {@code y0 ≤ y1}. A horizontal ruling has {@code y0 == y1}; a vertical one
 * {@code x0 == x1}.
 */
public record Ruling(double x0, double y0, double x1, double y1) {
    public Ruling {
        if (x0 > x1) {
            double t = x0;
            x0 = x1;
            x1 = t;
        }
        if (y0 > y1) {
            double t = y0;
            y0 = y1;
            y1 = t;
        }
    }

    public static Ruling horizontal(double y, double xa, double xb) {
        return new Ruling(xa, y, xb, y);
    }

    public static Ruling vertical(double x, double ya, double yb) {
        return new Ruling(x, ya, x, yb);
    }

    public boolean isHorizontal() {
        return y0 == y1;
    }

    public boolean isVertical() {
        return x0 == x1 && !isHorizontal();
    }

    public double length() {
        return isHorizontal() ? x1 - x0 : y1 - y0;
    }

    /** The coordinate across the rule: y for a horizontal ruling, x for a vertical one. */
    public double position() {
        return isHorizontal() ? y0 : x0;
    }

    /** The start along the rule: x0 for a horizontal ruling, y0 for a vertical one. */
    public double start() {
        return isHorizontal() ? x0 : y0;
    }

    /** The end along the rule. */
    public double end() {
        return isHorizontal() ? x1 : y1;
    }
}
