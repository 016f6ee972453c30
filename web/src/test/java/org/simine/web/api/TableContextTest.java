package org.simine.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.index.document.PaperDetails;
import org.simine.index.document.PaperDetails.TableGrid;

class TableContextTest {
    @Test
    void referenceCellsListNumbersAndRanges() {
        assertEquals(List.of(93), TableContext.numbers("93"));
        assertEquals(List.of(163, 164, 179), TableContext.numbers("163, 164 and 179"));
        assertEquals(List.of(180, 181, 182), TableContext.numbers("180–182"));
        assertEquals(List.of(1, 900), TableContext.numbers("1–900"), "a range that wide is two numbers, not a list");
    }

    /** Table 3 of the review: "Function" spans four columns in the first header row. */
    @Test
    void aGroupHeaderNamesTheColumnsUnderIt() {
        TableGrid t = new TableGrid("3", "Organic coatings", 12,
                List.of(List.of("Organic coating", "Function", "", "", "", "Rate performance", "Ref."),
                        List.of("", "Electronic conductivity", "Li+ migration", "Mechanical strength", "Optimize SEI", "", "")),
                List.of(List.of("PANI", "✓", "", "✓", "", "3 A g−1, ∼44%", "149")));
        assertEquals("Organic coating", TableContext.columnHeader(t, 0));
        assertEquals("Function · Li+ migration", TableContext.columnHeader(t, 2));
        assertEquals("Rate performance", TableContext.columnHeader(t, 5));
    }

    @Test
    void aRowWithoutItsOwnReferenceTakesTheOneAboveAndSaysSo() {
        TableGrid t = new TableGrid("2", "Doping", 8, List.of(List.of("Element", "RCT (Ohm)", "Ref.")),
                List.of(List.of("Mn", "59", "93"), List.of("Ni", "52", "")));
        PaperDetails details = new PaperDetails(List.of(), null, List.of(t),
                List.of(new PaperDetails.Reference(93, "A. Nulu et al., J. Alloys Compd., 2022", "10.1016/j.jallcom.2022.164976")));
        var context = TableContext.of(details, org.simine.model.Source.table(8, null, "2", 2, 2, "Ni 52", "r"));
        assertEquals("RCT (Ohm)", context.get("column_header").asText());
        assertEquals(1, context.get("reference_from_row").asInt());
        assertEquals("10.1016/j.jallcom.2022.164976", context.get("references").get(0).get("doi").asText());
    }
}
