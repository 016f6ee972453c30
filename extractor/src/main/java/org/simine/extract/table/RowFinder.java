package org.simine.extract.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a table region into rows. The horizontal rules cut it into bands. When most bands hold one or two
 * lines the table is ruled row by row and each band is one row, so a multi-line cell stays one cell.
 * Otherwise (booktabs) each band above the midrule is one header row, and the body band is cut line by
 * line, where a line that fills only a few columns and leaves the first one empty continues the row above
 * (a wrapped cell), as does a line with only a lower-case first cell ("composite" under "Si/graphite"),
 * while a line with most columns filled starts a row even if its first cell is blank (a continuation row
 * such as "… | 0.69 | 78.62 | …" under "Mo").
 */
final class RowFinder {
    private static final double MIN_BAND = 2.0;
    private static final double FULL_RULE = 0.9;

    private RowFinder() {
    }

    /** The bands between rules, as rows of text lines; bands without text are dropped. */
    static List<GridRow> bands(TableRegion region, List<Glyph> glyphs) {
        List<Double> ys = ruleLevels(region);
        double midrule = midrule(region, glyphs);
        List<GridRow> bands = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            double a = ys.get(i);
            double b = ys.get(i + 1);
            if (b - a < MIN_BAND) {
                continue;
            }
            List<Glyph> inside = glyphs.stream().filter(g -> g.centerY() > a && g.centerY() < b).toList();
            if (!inside.isEmpty()) {
                bands.add(new GridRow(a, b, TextLineBuilder.lines(inside), b <= midrule + 0.5));
            }
        }
        return bands;
    }

    /** Whether the bands are rows: at least three, with two or three lines each at most on average. */
    static boolean ruledRows(List<GridRow> bands) {
        int lines = bands.stream().mapToInt(b -> b.lines().size()).sum();
        return bands.size() >= 3 && lines <= 2.5 * bands.size();
    }

    /** Rows of a booktabs-style region: header bands whole, body bands line by line. */
    static List<GridRow> lineRows(List<GridRow> bands, List<Double> columnEdges) {
        List<GridRow> rows = new ArrayList<>();
        int typical = typicalFilled(bands, columnEdges);
        for (GridRow band : bands) {
            if (band.header()) {
                rows.add(band);
                continue;
            }
            List<List<TextLine>> groups = new ArrayList<>();
            List<TextLine> group = null;
            Set<Integer> groupColumns = new HashSet<>();
            for (TextLine line : band.lines()) {
                Set<Integer> filled = filledColumns(line, columnEdges);
                boolean continues = group != null && (!filled.contains(0) && filled.size() <= Math.max(1, typical / 2)
                        && groupColumns.containsAll(filled) || wrapsFirstCell(line, filled));
                if (!continues) {
                    group = new ArrayList<>();
                    groups.add(group);
                    groupColumns = new HashSet<>();
                }
                group.add(line);
                groupColumns.addAll(filled);
            }
            for (int k = 0; k < groups.size(); k++) {
                List<TextLine> g = groups.get(k);
                double top = k == 0 ? band.y0() : (bottom(groups.get(k - 1)) + top(g)) / 2;
                double bottom = k == groups.size() - 1 ? band.y1() : (bottom(g) + top(groups.get(k + 1))) / 2;
                rows.add(new GridRow(top, bottom, g, false));
            }
        }
        return rows;
    }

    /** A line holding only first-column text that starts in lower case continues a wrapped first cell. */
    private static boolean wrapsFirstCell(TextLine line, Set<Integer> filled) {
        if (filled.size() != 1 || !filled.contains(0)) {
            return false;
        }
        String text = line.text().strip();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static int typicalFilled(List<GridRow> bands, List<Double> edges) {
        List<Integer> counts = new ArrayList<>();
        for (GridRow band : bands) {
            if (!band.header()) {
                band.lines().forEach(l -> counts.add(filledColumns(l, edges).size()));
            }
        }
        if (counts.isEmpty()) {
            return edges.size() - 1;
        }
        counts.sort(null);
        return counts.get(counts.size() / 2);
    }

    static Set<Integer> filledColumns(TextLine line, List<Double> edges) {
        Set<Integer> filled = new HashSet<>();
        for (Glyph g : line.glyphs()) {
            filled.add(column(g.centerX(), edges));
        }
        return filled;
    }

    static int column(double x, List<Double> edges) {
        for (int c = 0; c + 1 < edges.size(); c++) {
            if (x < edges.get(c + 1)) {
                return c;
            }
        }
        return Math.max(0, edges.size() - 2);
    }

    /** Distinct y levels of the region's rules, with its top and bottom. */
    static List<Double> ruleLevels(TableRegion region) {
        List<Double> ys = new ArrayList<>();
        ys.add(region.bounds().y0());
        region.horizontals().stream().map(Ruling::y0).sorted().forEach(y -> {
            if (y - ys.get(ys.size() - 1) > 1.5) {
                ys.add(y);
            }
        });
        if (region.bounds().y1() - ys.get(ys.size() - 1) > 1.5) {
            ys.add(region.bounds().y1());
        }
        return ys;
    }

    /**
     * The y of the first full-width rule under the top one with text between them (so the second stroke
     * of a double top rule is not taken for it), or -infinity when there is none inside.
     */
    private static double midrule(TableRegion region, List<Glyph> glyphs) {
        double top = region.bounds().y0();
        double bottom = region.bounds().y1();
        for (Ruling r : region.horizontals()) {
            double y = r.y0();
            if (y > top + 1.5 && y < bottom - 1.5 && r.length() >= FULL_RULE * region.width()
                    && glyphs.stream().anyMatch(g -> g.centerY() > top && g.centerY() < y)) {
                return y;
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private static double top(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::top).min().orElseThrow();
    }

    private static double bottom(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::bottom).max().orElseThrow();
    }
}
