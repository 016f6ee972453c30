package org.simine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a page's runs into regions in reading order: columns are found from glyph geometry, not from the
 * content stream's order.
 *
 * <p>A gutter is a vertical strip, away from the text's edges, that fewer runs cross than the text on either
 * side of it (an x-histogram of run coverage). Runs that cross the gutter (titles, full-width abstracts, tables
 * and figure captions spanning both columns) form horizontal bands; between bands, runs left of the gutter are
 * one column and runs right of it another. A stretch between bands counts as two columns only if each side has
 * at least {@value #MIN_COLUMN_LINES} text-wide lines, so a table's columns are read row by row, not as page
 * columns. Reading order: band by band from the top; in a two-column stretch the left column, then the right.
 * Each region is split again (up to {@value #MAX_DEPTH} levels) for three-column pages.
 */
final class ColumnSplitter {
    static final int MAX_DEPTH = 3;
    static final int MIN_COLUMN_LINES = 2;
    /** A column line is at least this many em wide; table cells mostly are not. */
    static final double COLUMN_LINE_EM = 8;
    static final double MIN_GUTTER_EM = 0.5;
    static final double EDGE_FRACTION = 0.15;
    static final double TABLE_END_GAP_EM = 0.9;
    private static final java.util.regex.Pattern TABLE_CAPTION =
            java.util.regex.Pattern.compile("(?:Table|TABLE)\\s*(?:S?\\d+|[IVX]+)");

    record Gutter(double x0, double x1) {
        double middle() {
            return (x0 + x1) / 2;
        }
    }

    private record Segment(boolean band, boolean table, List<Run> runs) {
    }

    private static final class Band {
        double top;
        double bottom;
        boolean table;

        Band(double top, double bottom) {
            this.top = top;
            this.bottom = bottom;
        }
    }

    private ColumnSplitter() {
    }

    static List<List<Run>> regions(List<Run> runs, double em) {
        List<List<Run>> out = new ArrayList<>();
        split(runs, em, 0, out);
        return out;
    }

    private static void split(List<Run> runs, double em, int depth, List<List<Run>> out) {
        if (runs.isEmpty()) {
            return;
        }
        Gutter gutter = depth >= MAX_DEPTH || runs.size() < 2 * MIN_COLUMN_LINES ? null : findGutter(runs, em);
        if (gutter == null) {
            out.add(runs);
            return;
        }
        List<Segment> segments = segments(runs, gutter, em);
        List<Run> pending = new ArrayList<>();
        boolean splitAny = false;
        for (Segment s : segments) {
            if (s.table) {
                // A table spanning the columns: its rows are read whole, never split into columns again.
                if (!pending.isEmpty()) {
                    split(List.copyOf(pending), em, depth + 1, out);
                    pending.clear();
                }
                out.add(s.runs);
                splitAny = true;
                continue;
            }
            List<Run> left = new ArrayList<>();
            List<Run> right = new ArrayList<>();
            if (!s.band) {
                for (Run r : s.runs) {
                    (r.box().centerX() < gutter.middle() ? left : right).add(r);
                }
            }
            if (!s.band && isTwoColumns(left, right, em)) {
                if (!pending.isEmpty()) {
                    split(List.copyOf(pending), em, depth + 1, out);
                    pending.clear();
                }
                split(left, em, depth + 1, out);
                split(right, em, depth + 1, out);
                splitAny = true;
            } else {
                pending.addAll(s.runs);
            }
        }
        if (!splitAny) {
            out.add(runs);
            return;
        }
        if (!pending.isEmpty()) {
            split(List.copyOf(pending), em, depth + 1, out);
        }
    }

    /** Bands of gutter-crossing runs and the stretches between them, top to bottom. */
    private static List<Segment> segments(List<Run> runs, Gutter gutter, double em) {
        List<Band> bands = new ArrayList<>();
        List<Run> crossing = runs.stream().filter(r -> crosses(r, gutter))
                .sorted(Comparator.comparingDouble(r -> r.box().y0())).toList();
        for (Run r : crossing) {
            Band last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && r.box().y0() <= last.bottom + 0.5 * em) {
                last.bottom = Math.max(last.bottom, r.box().y1());
            } else {
                bands.add(new Band(r.box().y0(), r.box().y1()));
            }
        }
        markTables(bands, runs, em);
        List<List<Run>> inBand = new ArrayList<>();
        List<List<Run>> between = new ArrayList<>();
        for (int i = 0; i <= bands.size(); i++) {
            between.add(new ArrayList<>());
            if (i < bands.size()) {
                inBand.add(new ArrayList<>());
            }
        }
        for (Run r : runs) {
            double y = r.box().centerY();
            int slot = 0;
            boolean band = false;
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                if (y >= b.top && y <= b.bottom) {
                    band = true;
                    slot = i;
                    break;
                }
                if (y > b.bottom) {
                    slot = i + 1;
                }
            }
            (band ? inBand.get(slot) : between.get(slot)).add(r);
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i <= bands.size(); i++) {
            if (!between.get(i).isEmpty()) {
                segments.add(new Segment(false, false, between.get(i)));
            }
            if (i < bands.size()) {
                segments.add(new Segment(true, bands.get(i).table, inBand.get(i)));
            }
        }
        return segments;
    }

    /**
     * A band with a table caption on top of it or just above it ("Table 2 …"; captions sit above tables) is a
     * table spanning the columns: it takes in the caption and the table body below down to the first gap of
     * {@value #TABLE_END_GAP_EM} em, since not every row crosses the gutter.
     */
    private static void markTables(List<Band> bands, List<Run> runs, double em) {
        List<Run> byTop = runs.stream().sorted(Comparator.comparingDouble(r -> r.box().y0())).toList();
        List<Run> captions = byTop.stream().filter(r -> TABLE_CAPTION.matcher(r.rawText()).lookingAt()).toList();
        for (Band band : bands) {
            for (Run caption : captions) {
                boolean onTop = caption.box().y0() >= band.top - 0.01 && caption.box().y0() <= band.top + 0.5 * em;
                boolean justAbove = caption.box().y1() <= band.top
                        && band.top - caption.box().y1() <= TABLE_END_GAP_EM * em;
                if (onTop || justAbove) {
                    band.top = Math.min(band.top, caption.box().y0());
                    band.table = true;
                }
            }
            if (!band.table) {
                continue;
            }
            for (Run r : byTop) {
                if (r.box().y0() <= band.bottom) {
                    continue;
                }
                if (r.box().y0() > band.bottom + TABLE_END_GAP_EM * em) {
                    break;
                }
                band.bottom = Math.max(band.bottom, r.box().y1());
            }
        }
        for (int i = bands.size() - 1; i > 0; i--) {
            if (bands.get(i).top <= bands.get(i - 1).bottom) {
                bands.get(i - 1).bottom = Math.max(bands.get(i - 1).bottom, bands.get(i).bottom);
                bands.get(i - 1).table |= bands.get(i).table;
                bands.remove(i);
            }
        }
    }

    private static boolean crosses(Run r, Gutter g) {
        return r.box().x0() < g.x0 + 0.5 && r.box().x1() > g.x1 - 0.5;
    }

    /**
     * Both sides have at least {@value #MIN_COLUMN_LINES} lines, and text-wide lines on at least one side (a
     * column beside a narrow side bar), so that the columns of a table are not taken for page columns.
     */
    private static boolean isTwoColumns(List<Run> left, List<Run> right, double em) {
        int wideLeft = lines(left, COLUMN_LINE_EM * em, em);
        int wideRight = lines(right, COLUMN_LINE_EM * em, em);
        return lines(left, 0, em) >= MIN_COLUMN_LINES && lines(right, 0, em) >= MIN_COLUMN_LINES
                && (wideLeft >= MIN_COLUMN_LINES && wideRight >= 1 || wideRight >= MIN_COLUMN_LINES && wideLeft >= 1
                || Math.max(wideLeft, wideRight) >= 3 * MIN_COLUMN_LINES);
    }

    /** Number of distinct lines among runs at least {@code minWidth} wide (runs on one baseline count once). */
    private static int lines(List<Run> runs, double minWidth, double em) {
        List<Double> baselines = new ArrayList<>();
        for (Run r : runs) {
            if (r.box().width() >= minWidth
                    && baselines.stream().noneMatch(b -> Math.abs(b - r.baseline()) < 0.3 * em)) {
                baselines.add(r.baseline());
            }
        }
        return baselines.size();
    }

    /** The strip, away from the text's edges, crossed by the fewest runs, if far fewer than on either side. */
    static Gutter findGutter(List<Run> runs, double em) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Run r : runs) {
            minX = Math.min(minX, r.box().x0());
            maxX = Math.max(maxX, r.box().x1());
        }
        double width = maxX - minX;
        if (width < 2 * COLUMN_LINE_EM * em) {
            return null;
        }
        int bins = (int) Math.ceil(width) + 1;
        int[] coverage = new int[bins];
        for (Run r : runs) {
            int from = (int) Math.floor(r.box().x0() - minX);
            int to = Math.min(bins, (int) Math.ceil(r.box().x1() - minX));
            for (int x = Math.max(0, from); x < to; x++) {
                coverage[x]++;
            }
        }
        int lo = (int) (EDGE_FRACTION * width);
        int hi = (int) ((1 - EDGE_FRACTION) * width);
        int min = Integer.MAX_VALUE;
        for (int x = lo; x <= hi; x++) {
            min = Math.min(min, coverage[x]);
        }
        int bestFrom = -1;
        int bestTo = -1;
        for (int x = lo; x <= hi; x++) {
            if (coverage[x] == min) {
                int from = x;
                while (from > 0 && coverage[from - 1] == min) {
                    from--;
                }
                int to = x;
                while (to + 1 < bins && coverage[to + 1] == min) {
                    to++;
                }
                if (to - from > bestTo - bestFrom) {
                    bestFrom = from;
                    bestTo = to;
                }
                x = to;
            }
        }
        if (bestFrom < 0 || bestTo - bestFrom + 1 < MIN_GUTTER_EM * em) {
            return null;
        }
        int reach = (int) (8 * em);
        int leftPeak = 0;
        for (int x = Math.max(0, bestFrom - reach); x < bestFrom; x++) {
            leftPeak = Math.max(leftPeak, coverage[x]);
        }
        int rightPeak = 0;
        for (int x = bestTo + 1; x <= Math.min(bins - 1, bestTo + reach); x++) {
            rightPeak = Math.max(rightPeak, coverage[x]);
        }
        // At least three more lines on each side than across: runs that cross become bands and keep their order,
        // so a weak gutter can only reorder text that does not cross it.
        if (Math.min(leftPeak, rightPeak) < min + 3) {
            return null;
        }
        return new Gutter(minX + bestFrom, minX + bestTo + 1);
    }
}
