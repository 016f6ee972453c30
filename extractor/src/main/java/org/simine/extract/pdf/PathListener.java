package org.simine.extract.pdf;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * Receives the paths and images of a page as {@link PageScanner} meets them, in device space (already transformed
 * by the current transformation matrix, origin at the bottom-left of the media box), as PDFBox's
 * {@code PDFGraphicsStreamEngine} would hand them over. Clipping paths and shadings are not passed on.
 */
public interface PathListener {
    /** Ignores everything. */
    PathListener NONE = new PathListener() {
    };

    default void moveTo(float x, float y) {
    }

    default void lineTo(float x, float y) {
    }

    /** A Bézier curve ending at (x3, y3); its control points are not needed by any listener. */
    default void curveTo(float x3, float y3) {
    }

    default void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    default void closePath() {
    }

    /** {@code n}: the path ends unpainted (after a clip). */
    default void endPath() {
    }

    default void strokePath(PDColor stroking) {
    }

    default void fillPath(PDColor nonStroking) {
    }

    default void fillAndStrokePath(PDColor nonStroking, PDColor stroking) {
    }

    /** An image (XObject or inline) drawn into the unit square under {@code ctm}. */
    default void drawImage(Matrix ctm) {
    }
}
