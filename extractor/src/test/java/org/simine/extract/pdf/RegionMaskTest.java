package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.read.PdfDocumentReader;

/** The table hook: a masked region leaves the page text and becomes a TABLE block. */
class RegionMaskTest {
    @Test
    void maskedTableLeavesThePageText() throws InputException {
        // Table 1 of the review sits in the right column of page 3 (rows from about y 326 to 430).
        RegionMask table1 = (number, page) -> number == 3 ? List.of(new Box(315, 324, 561, 432)) : List.of();
        Document masked = new PdfDocumentReader(table1).read(PaperFiles.file(PaperFiles.REVIEW));
        Page page = masked.pages().get(2);
        assertFalse(page.text().contains("Si NW Nanowire 73"), "table row still in the text");
        Block table = page.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).findFirst().orElseThrow();
        assertTrue(table.text().contains("Si NW Nanowire 73 ~60% at 1C 65"), table.text());
        assertFalse(table.inText());
        Page unmasked = PaperFiles.read(PaperFiles.REVIEW).pages().get(2);
        assertTrue(unmasked.text().contains("Si NW Nanowire 73"), "without a mask the rows are asides");
    }
}
