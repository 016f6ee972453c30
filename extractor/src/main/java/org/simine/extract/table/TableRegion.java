package org.simine.extract.table;

import java.util.List;

/**
 * Where a table sits on a page: its caption, its bounds and the rules inside them.
 *
 * @param caption     the caption the region belongs to
 * @param bounds      the table body from its top rule to its bottom rule (or its text, when unruled)
 * @param horizontals horizontal rules inside the bounds, top to bottom (merged)
 * @param verticals   vertical rules inside the bounds (merged)
 */
record TableRegion(TableCaption caption, Table.Box bounds, List<Ruling> horizontals, List<Ruling> verticals) {
    TableRegion {
        horizontals = List.copyOf(horizontals);
        verticals = List.copyOf(verticals);
    }

    double width() {
        return bounds.x1() - bounds.x0();
    }
}
