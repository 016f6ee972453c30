package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which pages the table layer parses again: those whose text could hold a "Table N" caption. */
class PdfTableSourceTest {
    @Test
    void captionWordsAsCaptionFinderReadsThemAreCandidates() {
        assertTrue(PdfTableSource.mayHoldCaption("Table 1 Kinetics of doped Si"));
        assertTrue(PdfTableSource.mayHoldCaption("TABLE II"));
        assertTrue(PdfTableSource.mayHoldCaption("T A B L E  1"));
        assertTrue(PdfTableSource.mayHoldCaption("as in Tab.\n3"));
        assertTrue(PdfTableSource.mayHoldCaption("see Table S2"), "a reference is fine: the caption test follows");
    }

    @Test
    void pagesWithoutThemAreSkipped() {
        assertFalse(PdfTableSource.mayHoldCaption("a stable SEI and notable rate capability (see the table)"));
        assertFalse(PdfTableSource.mayHoldCaption("Fig. 3 Rate capability of Si@C"));
        assertFalse(PdfTableSource.mayHoldCaption(""));
    }
}
