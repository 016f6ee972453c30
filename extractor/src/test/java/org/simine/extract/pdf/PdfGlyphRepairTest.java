package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.simine.extract.read.Document;
import org.simine.extract.read.ReadingOrder;

/** The font traps of the shared papers, repaired through {@code pdf/glyph-map.tsv} or reported. */
class PdfGlyphRepairTest {
    static final String JPS = "tsf88-star_battery-paper-translator__Controlled_swelling_behavior_and_stable_cycling_of_"
            + "silicongraphite_granular.pdf";
    static final String APL = "kermitt2_grobid__ApplPhysLett_98_082505.pdf";

    /** Elsevier's TeX_CM_Maths_Symbols: thorn for +, one-quarter for =, unmapped minus, times and degree. */
    @Test
    void elsevierMathSymbolsAreRepaired() {
        Document jps = PaperFiles.read(JPS);
        String text = ReadingOrder.text(jps);
        assertTrue(text.contains("(D_Li^+ ) of 7.803 × 10^-14"), "D_Li+ and ×");
        assertTrue(text.contains("1C = 3.4 mA cm^-2"), "= and exponent minus");
        assertTrue(text.contains("110°C"), "degree ring");
        assertFalse(text.contains("þ") || text.contains("¼"), "thorn or one-quarter left");
        // The Polish ł of a reference is an accent our map does not rebuild: reported, not guessed.
        assertEquals(java.util.Map.of("TeX_CM_Roman C19", 1), jps.unrecoveredGlyphs());
    }

    /** AIP's MathematicalPi fonts: parentheses (CJK glyphs in other extractors) come back; unknowns are reported. */
    @Test
    void mathematicalPiParenthesesAreRepaired() {
        Document apl = PaperFiles.read(APL);
        String text = ReadingOrder.text(apl);
        assertTrue(text.contains("microscopy (SP-STM)"), "parentheses");
        assertFalse(text.contains("共") || text.contains("兲"), "CJK parentheses");
        assertTrue(apl.unrecoveredGlyphs().containsKey("MathematicalPi-Three H20648"), apl.unrecoveredGlyphs().toString());
    }
}
