package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.read.PdfDocumentReader;

/** The table hook: the PDF reader masks the regions of the tables it found; their text leaves the page text. */
class RegionMaskTest {
    @Test
    void detectedTablesLeaveThePageTextAndComeWithTheDocument() throws InputException {
        Document document = new PdfDocumentReader().read(PaperFiles.file(PaperFiles.REVIEW));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"),
                document.tables().stream().map(t -> t.label()).toList());
        // Table 1 of the review sits in the right column of page 3.
        Page page = document.pages().get(2);
        assertFalse(page.text().contains("Si NW Nanowire 73"), "table row still in the text");
        Block table = page.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).findFirst().orElseThrow();
        assertTrue(table.text().contains("Si NW Nanowire 73"), table.text());
        assertFalse(table.inText());
    }
}
