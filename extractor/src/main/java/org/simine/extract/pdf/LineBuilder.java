package org.simine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the lines of one column (or full-width band) from its runs: runs on one baseline form a line, and
 * smaller runs that sit just above or below a line next to its text (scripts the content stream drew apart
 * from their base) join it. Runs are taken largest first so lines exist before their scripts look for them.
 */
final class LineBuilder {
    static final double SAME_LINE_EM = 0.3;
    static final double SCRIPT_REACH_EM = 0.6;

    private static final class Group {
        final List<Glyph> glyphs = new ArrayList<>();
        final double baseline;
        final double size;
        double x0;
        double x1;

        Group(Run first) {
            baseline = first.baseline();
            size = first.size();
            x0 = first.box().x0();
            x1 = first.box().x1();
            glyphs.addAll(first.glyphs());
        }

        void add(Run run) {
            glyphs.addAll(run.glyphs());
            x0 = Math.min(x0, run.box().x0());
            x1 = Math.max(x1, run.box().x1());
        }
    }

    private LineBuilder() {
    }

    /** Lines top to bottom. */
    static List<TextLine> build(List<Run> runs) {
        List<Run> bySize = new ArrayList<>(runs);
        bySize.sort(Comparator.comparingDouble(Run::size).reversed().thenComparingDouble(Run::baseline));
        List<Group> groups = new ArrayList<>();
        for (Run run : bySize) {
            Group target = null;
            for (Group g : groups) {
                if (sameLine(g, run) || isScriptOf(g, run)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                groups.add(new Group(run));
            } else {
                target.add(run);
            }
        }
        List<TextLine> lines = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<Glyph> sorted = new ArrayList<>(g.glyphs);
            sorted.sort(Comparator.comparingDouble(Glyph::x0));
            lines.add(LineText.line(sorted));
        }
        lines.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(l -> l.box().x0()));
        return lines;
    }

    private static boolean sameLine(Group g, Run run) {
        double em = Math.max(g.size, run.size());
        return run.size() >= 0.8 * g.size && Math.abs(run.baseline() - g.baseline) <= SAME_LINE_EM * em
                && !overlaps(g, run);
    }

    /**
     * Text drawn over text (figure labels over a paragraph, a second text layer) is not part of the line: more
     * than one of the line's glyphs lies under the run. Scripts and words sit beside the line's glyphs.
     */
    private static boolean overlaps(Group g, Run run) {
        if (run.box().x0() > g.x1 || run.box().x1() < g.x0) {
            return false;
        }
        double tolerance = 0.1 * run.size();
        int under = 0;
        for (Glyph glyph : g.glyphs) {
            if (!glyph.isSpace() && glyph.x1() - tolerance > run.box().x0() && glyph.x0() + tolerance < run.box().x1()
                    && ++under > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScriptOf(Group g, Run run) {
        if (run.size() > LineText.SCRIPT_SIZE * g.size) {
            return false;
        }
        double shift = run.baseline() - g.baseline;
        boolean vertical = shift >= -SCRIPT_REACH_EM * g.size && shift <= 0.45 * g.size;
        double reach = SCRIPT_REACH_EM * g.size;
        boolean horizontal = run.box().x0() <= g.x1 + reach && run.box().x1() >= g.x0 - reach;
        return vertical && horizontal && !overlaps(g, run);
    }
}
