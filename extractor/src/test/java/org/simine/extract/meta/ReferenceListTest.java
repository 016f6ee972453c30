package org.simine.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceListTest {
    @Test
    void numberedEntriesInOrderWithTheirDois() {
        String text = "Author footnote 2 of something\n1 A. Li, B. Wu, Nature, 2020, 5, 1.\n"
                + "2 C. Kim and D. Park, J. Power\nSources, 2021, 485, 229321, doi:10.1016/j.jpowsour.2020.229321.\n"
                + "[3] E. Liu, https://doi.org/10.1039/D4EE05595K\n";
        List<ReferenceList.Reference> refs = ReferenceList.parse(text);
        assertEquals(3, refs.size());
        assertEquals("A. Li, B. Wu, Nature, 2020, 5, 1.", refs.get(0).text());
        assertNull(refs.get(0).doi());
        assertEquals("C. Kim and D. Park, J. Power Sources, 2021, 485, 229321, doi:10.1016/j.jpowsour.2020.229321.",
                refs.get(1).text(), "lines of an entry are joined");
        assertEquals("10.1016/j.jpowsour.2020.229321", refs.get(1).doi(), "the full stop after the DOI is not part of it");
        assertEquals("10.1039/d4ee05595k", refs.get(2).doi());
    }

    @Test
    void twoNumberedLinesAreNoList() {
        assertEquals(List.of(), ReferenceList.parse("1 Department of Chemistry\n2 School of Physics\n"));
    }
}
