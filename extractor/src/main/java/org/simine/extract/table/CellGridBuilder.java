package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link Table} of a region: column edges from vertical rules when the region has them inside,
 * else from text alignment; rows from {@link RowFinder}; cells from {@link CellMerger}; header rows from
 * {@link HeaderRowClassifier}; cell text from {@link CellText}.
 */
final class CellGridBuilder {
    /** Glyphs this far (points) outside the region's sides still belong to it (text touching a frame). */
    private static final double SIDE_SLACK = 2;

    private CellGridBuilder() {
    }

    static Table build(PageContent page, TableRegion region) {
        Table.Box box = region.bounds();
        List<Glyph> glyphs = page.glyphs().stream()
                .filter(g -> g.centerX() > box.x0() - SIDE_SLACK && g.centerX() < box.x1() + SIDE_SLACK
                        && g.centerY() > box.y0() && g.centerY() < box.y1())
                .toList();
        glyphs = withoutNotes(glyphs);
        TableCaption caption = region.caption();
        List<GridRow> bands = RowFinder.bands(region, glyphs);
        if (bands.isEmpty()) {
            return new Table(caption.label(), caption.text(), page.number(), List.of(), List.of());
        }
        List<Double> ruled = ruledEdges(region);
        boolean ruledColumns = ruled.size() > 2;
        List<Double> edges = ruledColumns ? ruled : textEdges(region, bands);
        boolean ruledRows = RowFinder.ruledRows(bands);
        List<GridRow> rows = ruledRows ? bands : RowFinder.lineRows(bands, edges);
        List<GridCell> cells = new CellMerger(edges, rows, region, ruledColumns, glyphs).cells(ruledRows);
        List<String> texts = new ArrayList<>();
        for (GridCell cell : cells) {
            texts.add(CellText.of(glyphsIn(glyphs, cellBox(cell, edges, rows))));
        }
        dropEmptyColumns(cells, texts, edges);
        int header = HeaderRowClassifier.headerRows(rows, cells, texts, ruledRows);
        List<List<Table.Cell>> headerRows = emit(cells, texts, edges, rows, 0, header);
        List<List<Table.Cell>> bodyRows = emit(cells, texts, edges, rows, header, rows.size());
        return new Table(caption.label(), caption.text(), page.number(), headerRows, bodyRows);
    }

    /**
     * Drops the notes that some layouts set inside the table frame under the last row: from the first
     * line made of one phrase in a smaller font than the table's text down to the bottom.
     */
    private static List<Glyph> withoutNotes(List<Glyph> glyphs) {
        List<TextLine> lines = TextLineBuilder.lines(glyphs);
        if (lines.size() < 3) {
            return glyphs;
        }
        double[] sizes = lines.stream().mapToDouble(TextLine::fontSize).sorted().toArray();
        double median = sizes[sizes.length / 2];
        int keep = lines.size();
        for (int i = 2; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.fontSize() < 0.92 * median && line.chunks(0.9).size() == 1) {
                keep = i; // the notes start here; all below belongs to them
                break;
            }
        }
        if (keep == lines.size()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>();
        lines.subList(0, keep).forEach(l -> out.addAll(l.glyphs()));
        return out;
    }

    /** Distinct x of the vertical rules inside the region, with the region's sides. */
    private static List<Double> ruledEdges(TableRegion region) {
        List<Double> xs = new ArrayList<>();
        xs.add(region.bounds().x0());
        region.verticals().stream().map(Ruling::x0).sorted().forEach(x -> {
            if (x - xs.get(xs.size() - 1) > 3) {
                xs.add(x);
            } else if (xs.size() == 1) {
                xs.set(0, x); // the left frame of the table
            }
        });
        double right = region.bounds().x1();
        if (right - xs.get(xs.size() - 1) > 3) {
            xs.add(right);
        } else {
            xs.set(xs.size() - 1, Math.max(right, xs.get(xs.size() - 1)));
        }
        return xs;
    }

    private static List<Double> textEdges(TableRegion region, List<GridRow> bands) {
        List<TextLine> body = new ArrayList<>();
        List<TextLine> header = new ArrayList<>();
        bands.forEach(b -> (b.header() ? header : body).addAll(b.lines()));
        if (body.isEmpty()) {
            body.addAll(header);
            header.clear();
        }
        List<Double> edges = new ArrayList<>();
        edges.add(region.bounds().x0() - SIDE_SLACK);
        edges.addAll(TextAlignmentColumnFinder.boundaries(body, header, region.bounds().x0() - SIDE_SLACK,
                region.bounds().x1() + SIDE_SLACK));
        edges.add(region.bounds().x1() + SIDE_SLACK);
        return edges;
    }

    /**
     * Removes grid columns where no single-column cell holds text: an edge found between the strokes of a
     * double rule, or a gap in an indented line, makes such a column; the cells spanning it shrink.
     */
    private static void dropEmptyColumns(List<GridCell> cells, List<String> texts, List<Double> edges) {
        for (int c = edges.size() - 2; c >= 0 && edges.size() > 2; c--) {
            final int col = c;
            boolean used = false;
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.c0() == col && cell.c1() == col && !texts.get(i).isEmpty()) {
                    used = true;
                    break;
                }
            }
            if (used) {
                continue;
            }
            for (int i = cells.size() - 1; i >= 0; i--) {
                GridCell cell = cells.get(i);
                if (cell.c0() == col && cell.c1() == col) {
                    cells.remove(i);
                    texts.remove(i);
                } else if (cell.c0() > col) {
                    cells.set(i, new GridCell(cell.r0(), cell.r1(), cell.c0() - 1, cell.c1() - 1));
                } else if (cell.c1() >= col) {
                    cells.set(i, new GridCell(cell.r0(), cell.r1(), cell.c0(), cell.c1() - 1));
                }
            }
            // the dropped column's strip joins its left neighbour (or the right one, for the first column)
            edges.remove(col == 0 ? 1 : col);
        }
    }

    private static List<List<Table.Cell>> emit(List<GridCell> cells, List<String> texts, List<Double> edges,
                                               List<GridRow> rows, int from, int to) {
        List<List<Table.Cell>> out = new ArrayList<>();
        for (int r = from; r < to; r++) {
            List<Table.Cell> row = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.r0() <= r && cell.r1() >= r) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingInt(i -> cells.get(i).c0()));
            for (int i : order) {
                GridCell cell = cells.get(i);
                boolean first = cell.r0() == r;
                int span = Math.min(cell.r1(), to - 1) - r + 1;
                Table.Box box = cellBox(cell, edges, rows);
                row.add(first
                        ? new Table.Cell(texts.get(i), r - from + 1, cell.c0() + 1, cell.c1() - cell.c0() + 1, span, box)
                        : new Table.Cell("", r - from + 1, cell.c0() + 1, cell.c1() - cell.c0() + 1, 1, null));
            }
            out.add(row);
        }
        return out;
    }

    private static Table.Box cellBox(GridCell cell, List<Double> edges, List<GridRow> rows) {
        return new Table.Box(edges.get(cell.c0()), rows.get(cell.r0()).y0(), edges.get(cell.c1() + 1),
                rows.get(cell.r1()).y1());
    }

    private static List<Glyph> glyphsIn(List<Glyph> glyphs, Table.Box box) {
        return glyphs.stream().filter(g -> g.centerX() >= box.x0() && g.centerX() < box.x1()
                && g.centerY() > box.y0() && g.centerY() < box.y1()).toList();
    }
}
