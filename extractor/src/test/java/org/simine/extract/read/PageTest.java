package org.simine.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.pdf.Box;

class PageTest {
    private static final Box BOX = new Box(0, 0, 10, 10);

    @Test
    void sectionAtAnOffsetIsThatOfItsBlock() {
        String text = "Intro text.\n\n2.1 Methods\n\nWe did it.";
        Page page = new Page(1, text, List.of(
                new Block(BlockKind.PARAGRAPH, "Intro text.", BOX, null, 0, 11),
                new Block(BlockKind.HEADING, "2.1 Methods", BOX, "2.1 Methods", 13, 24),
                new Block(BlockKind.PARAGRAPH, "We did it.", BOX, "2.1 Methods", 26, 36),
                new Block(BlockKind.HEADER, "Journal 2025", BOX, null, -1, -1)));
        assertNull(page.sectionAt(3));
        assertEquals("2.1 Methods", page.sectionAt(28));
        assertEquals("2.1 Methods", page.sectionAt(25), "between blocks: the section of the block before");
    }

    @Test
    void plainAndUnicodeForms() {
        assertEquals("cm2 s-1 and Rct and Li+", ScriptMarkup.plain("cm^2 s^-1 and R_ct and Li^+"));
        assertEquals("cm² s⁻¹ and 10⁻¹³", ScriptMarkup.unicode("cm^2 s^-1 and 10^-13"));
        assertEquals("a, b", ScriptMarkup.plain("^{a, b}").strip());
    }
}
