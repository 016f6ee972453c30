package org.simine.extract.table;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;
import org.simine.extract.pdf.PageScanner;
import org.simine.extract.pdf.PathListener;

/**
 * Collects the straight horizontal and vertical rules of one page: stroked line segments and rectangle
 * edges, and filled rectangles thin enough to be lines (how word processors and Elsevier's typesetting
 * draw rules). {@link PageScanner} hands path points over already transformed by the current transformation
 * matrix; they are converted here to top-left page space, like {@link org.apache.pdfbox.text.TextPosition}.
 * Curved paths (plot markers, circles) are ignored, and so is text: the scanner does not run Type 3 glyph
 * procedures, whose paths are letters. One instance per page.
 */
final class RulingCollector implements PathListener {
    /** Deviation (points) below which a segment counts as axis-parallel. */
    private static final double AXIS_TOLERANCE = 0.6;
    /** Thickness (points) up to which a filled rectangle is a rule rather than a shaded area. */
    private static final double MAX_RULE_THICKNESS = 2.5;
    /** Rules shorter than this (points) are tick marks, bullets or glyph parts, never cell borders. */
    private static final double MIN_RULE_LENGTH = 4;

    private final PDRectangle crop;
    private final List<Ruling> rulings = new ArrayList<>();
    /** Subpaths of the current path; each a list of points, null entries mark a curve. */
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private boolean hasCurve;

    RulingCollector(PDPage page) {
        this.crop = page.getCropBox();
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(copy(p0), copy(p1), copy(p2), copy(p3), copy(p0)));
        subpaths.add(rect);
        current = null; // "re" ends its subpath
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x3, float y3) {
        hasCurve = true;
        if (current == null) {
            moveTo(x3, y3);
        } else {
            current.add(null); // breaks the straight run
            current.add(new Point2D.Float(x3, y3));
        }
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty() && current.get(0) != null) {
            current.add(copy(current.get(0)));
        }
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath(PDColor stroking) {
        List<Ruling> found = new ArrayList<>();
        for (List<Point2D> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                addSegment(path.get(i - 1), path.get(i), found);
            }
        }
        // The colour is looked at only when there is a rule to keep: converting it to RGB is the costly part.
        if (!found.isEmpty() && visible(stroking)) {
            rulings.addAll(found);
        }
        reset();
    }

    @Override
    public void fillPath(PDColor nonStroking) {
        if (!hasCurve) {
            List<Ruling> found = new ArrayList<>();
            for (List<Point2D> path : subpaths) {
                addThinRectangle(path, found);
            }
            if (!found.isEmpty() && visible(nonStroking)) {
                rulings.addAll(found);
            }
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(PDColor nonStroking, PDColor stroking) {
        List<List<Point2D>> saved = List.copyOf(subpaths);
        boolean curve = hasCurve;
        fillPath(nonStroking);
        subpaths.addAll(saved);
        hasCurve = curve;
        strokePath(stroking);
    }

    /** Some producers draw rules as one-pixel images stretched to a line (inline images in arXiv PDFs). */
    @Override
    public void drawImage(Matrix ctm) {
        List<Point2D> corners = new ArrayList<>();
        for (double[] unit : new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}) {
            Point2D.Float p = ctm.transformPoint((float) unit[0], (float) unit[1]);
            corners.add(p);
        }
        addThinRectangle(corners, rulings);
    }

    private void addSegment(Point2D a, Point2D b, List<Ruling> found) {
        if (a == null || b == null) {
            return;
        }
        double dx = Math.abs(a.getX() - b.getX());
        double dy = Math.abs(a.getY() - b.getY());
        if (dy <= AXIS_TOLERANCE && dx >= MIN_RULE_LENGTH) {
            double y = top((a.getY() + b.getY()) / 2);
            found.add(Ruling.horizontal(y, left(a.getX()), left(b.getX())));
        } else if (dx <= AXIS_TOLERANCE && dy >= MIN_RULE_LENGTH) {
            double x = left((a.getX() + b.getX()) / 2);
            found.add(Ruling.vertical(x, top(a.getY()), top(b.getY())));
        }
    }

    /** A filled axis-parallel rectangle thinner than a rule's thickness becomes a ruling along its long side. */
    private void addThinRectangle(List<Point2D> path, List<Ruling> found) {
        if (path.size() < 4 || path.contains(null)) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : path) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        if (!isAxisParallelBox(path, minX, maxX, minY, maxY)) {
            return;
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
            found.add(Ruling.horizontal(top((minY + maxY) / 2), left(minX), left(maxX)));
        } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
            found.add(Ruling.vertical(left((minX + maxX) / 2), top(minY), top(maxY)));
        }
    }

    private static boolean isAxisParallelBox(List<Point2D> path, double minX, double maxX, double minY,
                                             double maxY) {
        for (Point2D p : path) {
            boolean onX = Math.abs(p.getX() - minX) <= AXIS_TOLERANCE || Math.abs(p.getX() - maxX) <= AXIS_TOLERANCE;
            boolean onY = Math.abs(p.getY() - minY) <= AXIS_TOLERANCE || Math.abs(p.getY() - maxY) <= AXIS_TOLERANCE;
            if (!onX || !onY) {
                return false;
            }
        }
        return true;
    }

    /** White rules are erasures or backgrounds, not borders. */
    private static boolean visible(PDColor color) {
        try {
            float[] rgb = color.getColorSpace().toRGB(color.getComponents());
            return !(rgb.length == 3 && rgb[0] > 0.95f && rgb[1] > 0.95f && rgb[2] > 0.95f);
        } catch (IOException | RuntimeException e) {
            return true; // an exotic colour space: assume ink
        }
    }

    private double left(double x) {
        return x - crop.getLowerLeftX();
    }

    private double top(double y) {
        return crop.getUpperRightY() - y;
    }

    private void reset() {
        subpaths.clear();
        current = null;
        hasCurve = false;
    }

    private static Point2D copy(Point2D p) {
        return new Point2D.Double(p.getX(), p.getY());
    }
}
