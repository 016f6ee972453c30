package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins elementary grid positions into printed cells. Across columns: where no vertical rule separates two
 * positions of a row (ruled grid), or where a phrase runs across the boundary (text-aligned grid). Such a
 * merged run holding separate pieces of text is split again at interior column edges, choosing the edge
 * that centres each piece over its part, as typesetters centre a spanning header ("Function" over four
 * columns beside "Rate performance"). Across rows, in a grid ruled row by row only: where no horizontal
 * rule separates two cells of the same columns (a cell spanning rows).
 */
final class CellMerger {
    /** A rule separates two positions when it covers at least this fraction of their common edge. */
    private static final double COVERED = 0.5;
    /** Pieces of text closer than this many ems are one phrase. */
    private static final double WORD_GAP_EMS = 0.9;

    private final List<Double> edges;
    private final List<GridRow> rows;
    private final List<Ruling> verticals;
    private final List<Ruling> horizontals;
    private final boolean ruledColumns;
    private final List<Glyph> glyphs;

    CellMerger(List<Double> edges, List<GridRow> rows, TableRegion region, boolean ruledColumns, List<Glyph> glyphs) {
        this.edges = edges;
        this.rows = rows;
        this.verticals = region.verticals();
        this.horizontals = region.horizontals();
        this.ruledColumns = ruledColumns;
        this.glyphs = glyphs;
    }

    List<GridCell> cells(boolean ruledRows) {
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int[] seg : segments(r)) {
                cells.addAll(split(r, seg[0], seg[1]));
            }
        }
        return ruledRows ? mergeDown(cells) : cells;
    }

    /** Runs of columns of row r not separated by an edge. */
    private List<int[]> segments(int r) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int c = 0; c + 1 < columns(); c++) {
            if (!separated(r, c)) {
                continue;
            }
            out.add(new int[] {start, c});
            start = c + 1;
        }
        out.add(new int[] {start, columns() - 1});
        return out;
    }

    private boolean separated(int r, int c) {
        double x = edges.get(c + 1);
        GridRow row = rows.get(r);
        if (ruledColumns) {
            return covered(verticals, x, row.y0(), row.y1());
        }
        for (TextLine line : row.lines()) {
            for (TextLine phrase : line.chunks(0.9)) {
                if (phrase.x0() < x - 1 && phrase.x1() > x + 1
                        && (!wordBreakAt(phrase, x) || row.header() && partialRuleBelow(row, x))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A short rule right under a header row marks the cell above it as spanning (booktabs' cmidrule). */
    private boolean partialRuleBelow(GridRow row, double x) {
        double width = edges.get(edges.size() - 1) - edges.get(0);
        for (Ruling r : horizontals) {
            if (Math.abs(r.y0() - row.y1()) <= 2 && r.length() < 0.9 * width && r.x0() < x && r.x1() > x) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase running over a column edge has a word space right at the edge: then two cells
     * sit close ("Protein main chain (chain A/B) 25.5/29.8", "Energy intake Recommended") rather than one
     * cell spanning columns.
     */
    private static boolean wordBreakAt(TextLine phrase, double x) {
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        for (Glyph g : phrase.glyphs()) {
            if (g.x0() < x && g.x1() > x) {
                return false;
            }
            if (g.x1() <= x) {
                left = Math.max(left, g.x1());
            } else {
                right = Math.min(right, g.x0());
            }
        }
        return right - left >= 0.2 * phrase.fontSize();
    }

    /** Splits a multi-column run whose text falls into pieces separated by interior edges. */
    private List<GridCell> split(int r, int c0, int c1) {
        if (c0 == c1 || !ruledColumns) {
            return List.of(new GridCell(r, r, c0, c1));
        }
        GridRow row = rows.get(r);
        List<Glyph> inside = glyphs.stream().filter(g -> g.centerY() > row.y0() && g.centerY() < row.y1()
                && g.centerX() > edges.get(c0) && g.centerX() < edges.get(c1 + 1))
                .sorted(Comparator.comparingDouble(Glyph::x0)).toList();
        List<GridCell> out = new ArrayList<>();
        int start = c0;
        List<Glyph> piece = new ArrayList<>();
        int g = 0;
        while (g < inside.size()) {
            piece.add(inside.get(g));
            double right = piece.stream().mapToDouble(Glyph::x1).max().orElseThrow();
            Glyph next = g + 1 < inside.size() ? inside.get(g + 1) : null;
            g++;
            if (next == null) {
                break;
            }
            if (next.x0() - right <= WORD_GAP_EMS * next.fontSize()) {
                continue; // words of one phrase ("C, FA, W, …") may straddle an edge; only a wider gap splits
            }
            List<Integer> between = new ArrayList<>();
            for (int c = start; c < c1; c++) {
                double x = edges.get(c + 1);
                if (x > right && x < next.x0()) {
                    between.add(c);
                }
            }
            if (between.isEmpty()) {
                continue;
            }
            double left = edges.get(start);
            double center = (piece.get(0).x0() + right) / 2;
            int best = between.stream().min(Comparator.comparingDouble(
                    c -> Math.abs((left + edges.get(c + 1)) / 2 - center))).orElseThrow();
            out.add(new GridCell(r, r, start, best));
            start = best + 1;
            piece = new ArrayList<>();
        }
        out.add(new GridCell(r, r, start, c1));
        return out;
    }

    /** Extends cells downwards over positions of the same columns that no horizontal rule cuts off. */
    private List<GridCell> mergeDown(List<GridCell> cells) {
        List<GridCell> done = new ArrayList<>();
        List<GridCell> open = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            final int row = r;
            List<GridCell> here = cells.stream().filter(c -> c.r0() == row).toList();
            List<GridCell> next = new ArrayList<>();
            for (GridCell cell : here) {
                GridCell above = open.stream().filter(o -> o.sameColumns(cell)).findFirst().orElse(null);
                boolean adjacent = above != null && Math.abs(rows.get(above.r1()).y1() - rows.get(row).y0()) < 0.5;
                if (adjacent && !covered(horizontals, rows.get(row).y0(), edges.get(cell.c0()), edges.get(cell.c1() + 1))) {
                    open.remove(above);
                    next.add(above.withLastRow(row));
                } else {
                    next.add(cell);
                }
            }
            done.addAll(open);
            open = next;
        }
        done.addAll(open);
        done.sort(Comparator.comparingInt(GridCell::r0).thenComparingInt(GridCell::c0));
        return done;
    }

    /** Whether rules at {@code position} cover at least half of {@code [from, to]} along their length. */
    private static boolean covered(List<Ruling> rules, double position, double from, double to) {
        double length = 0;
        for (Ruling r : rules) {
            if (Math.abs(r.position() - position) <= 2) {
                length += Math.max(0, Math.min(r.end(), to) - Math.max(r.start(), from));
            }
        }
        return length >= COVERED * (to - from);
    }

    private int columns() {
        return edges.size() - 1;
    }
}
