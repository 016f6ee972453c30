package org.simine.extract.pdf;

import java.util.List;

/**
 * Writes a line's glyphs as text, recovering spaces from gaps and sub/superscripts from geometry.
 *
 * <p>Markup: a superscript run is written {@code ^{…}}, a subscript run {@code _{…}}, attached to what precedes
 * it ({@code cm^{2} s^{−1}}, {@code 10^{−13}}, {@code Li^{+}}, {@code R_{ct}}, {@code Li_{15}Si_{4}}). The
 * character normaliser later drops the braces wherever that stays unambiguous ({@code cm^2 s^-1}). A glyph is a
 * script when it is smaller than the line's dominant size and its baseline is raised (superscript) or lowered
 * (subscript) against the dominant baseline, or when a glyph of the same size sits clearly off the baseline.
 */
final class LineText {
    enum Script { NONE, SUPER, SUB }

    /** Gap, in em of the smaller neighbour, from which two glyphs are separate words. */
    static final double SPACE_EM = 0.16;
    /** Gap, in em of the line's dominant size, from which two glyphs of one script are separate words. */
    static final double SCRIPT_SPACE_EM = 0.25;
    /** A script glyph is at most this fraction of the dominant size. */
    static final double SCRIPT_SIZE = 0.88;
    static final double SMALL_RAISE_EM = 0.12;
    static final double SMALL_LOWER_EM = 0.08;
    static final double SAME_SIZE_RAISE_EM = 0.28;
    static final double SAME_SIZE_LOWER_EM = 0.2;
    /** Raise against a preceding subscript, in em, that makes a small glyph that subscript's superscript. */
    static final double NESTED_RAISE_EM = 0.15;
    /** Below this gap, in em, a script attaches to the preceding text even if a space would fit. */
    static final double SCRIPT_ATTACH_EM = 0.4;

    private LineText() {
    }

    /** Dominant size and baseline of glyphs sorted by x, then the line. */
    static TextLine line(List<Glyph> sorted) {
        double size = dominantSize(sorted);
        double baseline = dominantBaseline(sorted, size);
        Box box = Box.around(sorted);
        int bold = 0;
        int visible = 0;
        for (Glyph g : sorted) {
            if (!g.isSpace()) {
                visible++;
                bold += g.bold() ? 1 : 0;
            }
        }
        String text = markup(sorted, size, baseline);
        return new TextLine(sorted, text, box, baseline, size, visible == 0 ? 0 : (double) bold / visible);
    }

    static Script classify(Glyph g, double size, double baseline) {
        double rel = g.size() / size;
        double raise = baseline - g.baseline();
        if (rel > 1.1 || g.isSpace()) {
            return Script.NONE;
        }
        if (rel <= SCRIPT_SIZE) {
            if (raise > SMALL_RAISE_EM * size) {
                return Script.SUPER;
            }
            if (raise < -SMALL_LOWER_EM * size) {
                return Script.SUB;
            }
            return Script.NONE;
        }
        if (raise > SAME_SIZE_RAISE_EM * size && raise < 0.7 * size) {
            return Script.SUPER;
        }
        if (raise < -SAME_SIZE_LOWER_EM * size && raise > -0.5 * size) {
            return Script.SUB;
        }
        return Script.NONE;
    }

    static String markup(List<Glyph> sorted, double size, double baseline) {
        StringBuilder out = new StringBuilder();
        Script mode = Script.NONE;
        Glyph previous = null;
        boolean pendingSpace = false;
        for (Glyph g : sorted) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
                continue;
            }
            Script script = classify(g, size, baseline);
            if (script == Script.NONE && mode == Script.SUB && previous != null
                    && g.size() <= SCRIPT_SIZE * size && previous.baseline() - g.baseline() > NESTED_RAISE_EM * size) {
                // A superscript on a subscript (D_{Li^+}): raised against the subscript, not against the line.
                script = Script.SUPER;
            }
            double gap = previous == null ? 0 : g.x0() - previous.x1();
            // Inside a script the glyph widths of math fonts are loose: ask for a gap of a quarter of the line's em.
            double threshold = script != Script.NONE && script == mode
                    ? Math.max(SPACE_EM * Math.min(previous.size(), g.size()), SCRIPT_SPACE_EM * size)
                    : SPACE_EM * Math.min(previous == null ? g.size() : previous.size(), g.size());
            boolean space = previous != null && (pendingSpace || gap > threshold);
            if (space && script != Script.NONE && script == mode && isSign(previous.text())
                    && Character.isDigit(g.text().charAt(0))) {
                space = false; // a sign opens an exponent (10^{−13}); some fonts give the minus a wrong width
            }
            if (script != mode) {
                if (mode != Script.NONE) {
                    out.append('}');
                }
                if (script != Script.NONE && space && gap < SCRIPT_ATTACH_EM * size && previous != null) {
                    space = false;
                }
                if (space) {
                    out.append(' ');
                }
                if (script != Script.NONE) {
                    out.append(script == Script.SUPER ? "^{" : "_{");
                }
                mode = script;
            } else if (space) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
            pendingSpace = false;
        }
        if (mode != Script.NONE) {
            out.append('}');
        }
        return out.toString();
    }

    private static boolean isSign(String text) {
        return text.length() == 1 && "−-–+±".indexOf(text.charAt(0)) >= 0;
    }

    /** The size most glyphs have (rounded to a quarter point), ignoring spaces. */
    static double dominantSize(List<Glyph> glyphs) {
        DominantSize sizes = new DominantSize();
        for (Glyph g : glyphs) {
            sizes.add(g);
        }
        return sizes.size(glyphs.get(0).size());
    }

    private static double dominantBaseline(List<Glyph> glyphs, double size) {
        double[] baselines = glyphs.stream().filter(g -> !g.isSpace() && Math.abs(g.size() - size) <= 0.06 * size)
                .mapToDouble(Glyph::baseline).sorted().toArray();
        return baselines.length == 0 ? glyphs.get(0).baseline() : baselines[baselines.length / 2];
    }
}
