package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds column boundaries of an unruled (booktabs or whitespace) table from its text: a boundary runs
 * through every vertical strip that (almost) no line puts text into. Lines are first cut into phrases at
 * gaps wider than a word space, so words of one cell never open a strip; lines made of a single phrase
 * (spanning titles, notes) are ignored when other lines have several.
 */
final class TextAlignmentColumnFinder {
    private static final double PHRASE_GAP_EMS = 0.9;
    private static final double BIN = 0.5;
    /** Narrower empty strips (points) are kerning accidents, not column gaps. */
    private static final double MIN_GAP = 2.0;

    private TextAlignmentColumnFinder() {
    }

    /**
     * Interior column boundaries (x, left to right) of the body lines within {@code [x0, x1]}. Within each
     * gap the boundary avoids the header's phrases when it can, so a header wider than its column
     * ("Fold selectivity Ki (C/N)") stays in its column.
     */
    static List<Double> boundaries(List<TextLine> lines, List<TextLine> header, double x0, double x1) {
        List<Double> out = new ArrayList<>();
        for (double[] gap : gaps(lines, x0, x1)) {
            out.add(avoiding(gap, header));
        }
        return out;
    }

    private static double avoiding(double[] gap, List<TextLine> header) {
        List<double[]> free = new ArrayList<>();
        free.add(gap);
        for (TextLine line : header) {
            for (TextLine p : line.chunks(PHRASE_GAP_EMS)) {
                List<double[]> next = new ArrayList<>();
                for (double[] f : free) {
                    if (p.x1() <= f[0] || p.x0() >= f[1]) {
                        next.add(f);
                        continue;
                    }
                    if (p.x0() > f[0]) {
                        next.add(new double[] {f[0], p.x0()});
                    }
                    if (p.x1() < f[1]) {
                        next.add(new double[] {p.x1(), f[1]});
                    }
                }
                free = next;
            }
        }
        return free.stream().filter(f -> f[1] - f[0] >= 1.0).max(Comparator.comparingDouble(f -> f[1] - f[0]))
                .map(f -> (f[0] + f[1]) / 2).orElse((gap[0] + gap[1]) / 2);
    }

    /** Empty vertical strips [from, to] between the body's phrases. */
    private static List<double[]> gaps(List<TextLine> lines, double x0, double x1) {
        List<List<TextLine>> phrased = new ArrayList<>();
        boolean anyMulti = false;
        for (TextLine line : lines) {
            List<TextLine> phrases = line.chunks(PHRASE_GAP_EMS);
            phrased.add(phrases);
            anyMulti |= phrases.size() > 1;
        }
        int bins = (int) Math.ceil((x1 - x0) / BIN) + 1;
        int[] coverage = new int[bins];
        int counted = 0;
        double textLeft = Double.MAX_VALUE;
        double textRight = -Double.MAX_VALUE;
        for (List<TextLine> phrases : phrased) {
            if (anyMulti && phrases.size() < 2) {
                continue;
            }
            counted++;
            for (TextLine p : phrases) {
                textLeft = Math.min(textLeft, p.x0());
                textRight = Math.max(textRight, p.x1());
                int from = Math.max(0, (int) Math.floor((p.x0() - x0) / BIN));
                int to = Math.min(bins - 1, (int) Math.ceil((p.x1() - x0) / BIN));
                for (int b = from; b <= to; b++) {
                    coverage[b]++;
                }
            }
        }
        List<double[]> out = new ArrayList<>();
        if (counted == 0) {
            return out;
        }
        int allowed = counted / 10; // a stray long cell in one row of ten keeps a gap open
        int start = -1;
        for (int b = 0; b < bins; b++) {
            double x = x0 + b * BIN;
            boolean inside = x > textLeft && x < textRight;
            boolean empty = inside && coverage[b] <= allowed;
            if (empty && start < 0) {
                start = b;
            } else if (!empty && start >= 0) {
                if ((b - start) * BIN >= MIN_GAP) {
                    out.add(new double[] {x0 + start * BIN, x0 + b * BIN});
                }
                start = -1;
            }
        }
        return out;
    }
}
