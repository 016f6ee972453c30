package org.simine.extract.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.simine.extract.pdf.Box;
import org.simine.extract.pdf.RegionMask;
import org.simine.extract.table.Table;

/** The regions of detected tables, as a mask for the layout reader (both use top-left page coordinates). */
final class TableRegions {
    private TableRegions() {
    }

    static RegionMask of(List<Table> tables) {
        Map<Integer, List<Box>> byPage = new HashMap<>();
        for (Table table : tables) {
            Box box = bounds(table);
            if (table.page() != null && box != null) {
                byPage.computeIfAbsent(table.page(), p -> new ArrayList<>()).add(box);
            }
        }
        return byPage.isEmpty() ? RegionMask.none() : pageNumber -> byPage.getOrDefault(pageNumber, List.of());
    }

    /** The smallest box around the table's cells (header and body), or null when no cell has geometry. */
    static Box bounds(Table table) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        List<List<Table.Cell>> rows = new ArrayList<>(table.headerRows());
        rows.addAll(table.bodyRows());
        for (List<Table.Cell> row : rows) {
            for (Table.Cell cell : row) {
                Table.Box b = cell.box();
                if (b != null) {
                    x0 = Math.min(x0, b.x0());
                    y0 = Math.min(y0, b.y0());
                    x1 = Math.max(x1, b.x1());
                    y1 = Math.max(y1, b.y1());
                }
            }
        }
        return x0 > x1 ? null : new Box(x0, y0, x1, y1);
    }
}
