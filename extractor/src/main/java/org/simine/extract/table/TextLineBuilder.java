package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into {@link TextLine}s. Glyphs are first grouped by baseline; then every glyph set in a
 * smaller font on a baseline of its own (a sub- or superscript) moves to the line of its horizontal
 * neighbour when it sits within that line's height, so {@code 10−13}, {@code cm2} and {@code Li2O} stay one
 * line. Lines are returned top to bottom.
 */
final class TextLineBuilder {
    /** Baselines closer than this fraction of the font size are one line. */
    private static final double BASELINE_TOLERANCE = 0.25;
    /** A glyph is a script when its font is at most this fraction of its neighbour's. */
    private static final double SCRIPT_RATIO = 0.82;
    /** Scripts are short ("−13", "12.6", "symm", "40–43"); a longer run is a line of smaller text. */
    private static final int MAX_SCRIPT_GLYPHS = 8;

    private TextLineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y1).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> group = new ArrayList<>();
        double base = sorted.get(0).y1();
        for (Glyph g : sorted) {
            double tolerance = BASELINE_TOLERANCE * Math.max(g.fontSize(), 1);
            if (!group.isEmpty() && g.y1() - base > tolerance) {
                groups.add(group);
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                base = g.y1();
            }
            group.add(g);
        }
        groups.add(group);
        attachScripts(groups);
        attachScripts(groups); // a script on a script (R_symm^∗) finds its line once the first one moved
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> g : groups) {
            if (!g.isEmpty()) {
                lines.add(line(g));
            }
        }
        lines.sort(Comparator.comparingDouble(TextLine::baseline));
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        double size = sorted.stream().mapToDouble(Glyph::fontSize).max().orElseThrow();
        // the baseline of the main glyphs, not of scripts
        double baseline = sorted.stream().filter(g -> g.fontSize() >= size * 0.9)
                .mapToDouble(Glyph::y1).average().orElseThrow();
        return new TextLine(sorted, baseline, size);
    }

    /**
     * Moves runs of script glyphs from their own baseline group to the group of the larger glyph they are
     * attached to (left or right of the run), so that "−13" follows "10" and "12.6" follows "Ga".
     */
    private static void attachScripts(List<List<Glyph>> groups) {
        double[] largest = groups.stream()
                .mapToDouble(g -> g.stream().mapToDouble(Glyph::fontSize).max().orElse(0)).toArray();
        for (int i = 0; i < groups.size(); i++) {
            double near = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(groups.size() - 1, i + 3); j++) {
                near = j == i ? near : Math.max(near, largest[j]);
            }
            final double neighbours = near;
            List<Glyph> source = groups.get(i);
            if (source.stream().allMatch(g -> g.fontSize() > neighbours * SCRIPT_RATIO)) {
                continue; // nothing nearby is set larger: no scripts here
            }
            for (List<Glyph> run : runs(source)) {
                double size = run.stream().mapToDouble(Glyph::fontSize).max().orElseThrow();
                if (size > neighbours * SCRIPT_RATIO || run.size() > MAX_SCRIPT_GLYPHS) {
                    continue;
                }
                int target = hostGroup(groups, largest, i, run, size);
                if (target >= 0) {
                    source.removeAll(run);
                    groups.get(target).addAll(run);
                }
            }
        }
    }

    /** Pieces of a group whose glyphs follow each other without a word gap. */
    private static List<List<Glyph>> runs(List<Glyph> group) {
        List<Glyph> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        double right = Double.NEGATIVE_INFINITY;
        for (Glyph g : sorted) {
            if (!run.isEmpty() && g.x0() - right > 0.3 * g.fontSize()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
            right = Math.max(right, g.x1());
        }
        runs.add(run);
        return runs;
    }

    private static int hostGroup(List<List<Glyph>> groups, double[] largest, int own, List<Glyph> run,
                                 double runSize) {
        double x0 = run.get(0).x0();
        double x1 = run.stream().mapToDouble(Glyph::x1).max().orElseThrow();
        double center = run.stream().mapToDouble(Glyph::centerY).average().orElseThrow();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int j = Math.max(0, own - 3); j <= Math.min(groups.size() - 1, own + 3); j++) {
            if (j == own) {
                continue;
            }
            if (runSize > largest[j] * SCRIPT_RATIO) {
                continue;
            }
            for (Glyph host : groups.get(j)) {
                double size = Math.max(host.fontSize(), runSize / SCRIPT_RATIO);
                boolean withinHeight = center >= Math.min(host.y0(), host.y1() - size) - 0.3 * size
                        && center <= host.y1() + 0.3 * size;
                double gap = Math.max(x0 - host.x1(), host.x0() - x1);
                if (withinHeight && gap <= 0.6 * size) {
                    double distance = Math.abs(run.get(0).y1() - host.y1()) + Math.max(gap, 0);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = j;
                    }
                }
            }
        }
        return best;
    }
}
