package org.simine.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page's glyphs, in content-stream order, into {@link Run}s: a run ends where the next glyph is on
 * another line, jumps back, or lies beyond a gap wider than {@value #MAX_GAP_EM} em (a column gutter or a table
 * column). Cutting too often is harmless (lines are rebuilt geometrically); merging two columns is not.
 */
final class RunBuilder {
    static final double MAX_GAP_EM = 0.9;
    /** A glyph whose baseline is further than this from the run's baseline starts a new line. */
    static final double LINE_JUMP_EM = 0.62;
    static final double MAX_BACKSTEP_EM = 1.2;

    private RunBuilder() {
    }

    static List<Run> build(List<Glyph> glyphs) {
        List<Run> runs = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double size = 0;
        double baseline = 0;
        double right = 0;
        for (Glyph g : glyphs) {
            if (!current.isEmpty()) {
                double em = Math.max(size, g.size());
                double gap = g.x0() - right;
                boolean sameLine = Math.abs(g.baseline() - baseline) <= LINE_JUMP_EM * em;
                boolean near = gap <= MAX_GAP_EM * em && gap >= -MAX_BACKSTEP_EM * em;
                if (!sameLine || !near) {
                    add(runs, current);
                    current = new ArrayList<>();
                }
            }
            if (current.isEmpty()) {
                size = 0;
                right = g.x1();
            }
            if (g.isSpace() && current.isEmpty()) {
                continue;
            }
            current.add(g);
            if (g.size() > size * 1.05) {
                size = g.size();
                baseline = g.baseline();
            }
            right = Math.max(right, g.x1());
        }
        add(runs, current);
        return runs;
    }

    private static void add(List<Run> runs, List<Glyph> glyphs) {
        int end = glyphs.size();
        while (end > 0 && glyphs.get(end - 1).isSpace()) {
            end--;
        }
        if (end > 0) {
            runs.add(Run.of(glyphs.subList(0, end)));
        }
    }
}
