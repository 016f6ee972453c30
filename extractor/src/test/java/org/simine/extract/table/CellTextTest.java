package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell text from glyph boxes: word spaces, scripts inline, multi-line cells, gold-style normalisation. */
class CellTextTest {
    @Test
    void wordsAreSpacedAndScriptsJoinTheirBase() {
        List<Glyph> g = new ArrayList<>();
        double x = run(g, "1.90×10", 10, 100, 7);
        x = run(g, "\u221213", x, 97.5, 5); // superscript, raised and smaller
        assertEquals("1.90×10\u221213", CellText.of(g));

        List<Glyph> unit = new ArrayList<>();
        double u = run(unit, "cm", 10, 100, 7);
        u = run(unit, "2", u, 97.5, 5);
        u = run(unit, "s", u + 2.5, 100, 7);
        run(unit, "\u22121", u, 97.5, 5);
        assertEquals("cm2 s\u22121", CellText.of(unit));

        List<Glyph> formula = new ArrayList<>();
        double f = run(formula, "Li", 10, 100, 7);
        f = run(formula, "2", f, 101.5, 5); // subscript, lowered
        run(formula, "O", f, 100, 7);
        assertEquals("Li2O", CellText.of(formula));
    }

    @Test
    void linesOfOneCellJoinWithASpaceAndHyphenatedNamesStayWhole() {
        List<Glyph> g = new ArrayList<>();
        run(g, "Rate", 10, 100, 7);
        run(g, "performance", 10, 109, 7);
        assertEquals("Rate performance", CellText.of(g));

        List<Glyph> name = new ArrayList<>();
        run(name, "PAA-P(HEA-co-", 10, 100, 7);
        run(name, "DMA)", 10, 109, 7);
        assertEquals("PAA-P(HEA-co-DMA)", CellText.of(name));
    }

    @Test
    void normalisesLikeTheGoldTables() {
        assertEquals("5 A g\u22121, \u223C46%", CellText.normalise("  5 A g\u22121 ,\u00A0 \u223C46%  "));
        assertEquals("\u2713", CellText.normalise("\u2714"));
        assertEquals("\u2713", CellText.normalise("\u221A"));
        assertEquals("\u221A2", CellText.normalise("\u221A2"));
        assertEquals("efficiency", CellText.normalise("e\uFB03ciency"));
    }

    /** Appends glyphs of {@code text} from x on the baseline y, 0.55 em wide each; returns the right edge. */
    private static double run(List<Glyph> out, String text, double x, double baseline, double size) {
        for (int i = 0; i < text.length(); i++) {
            double w = 0.55 * size;
            out.add(new Glyph(String.valueOf(text.charAt(i)), x, baseline - 0.7 * size, x + w, baseline, size, false));
            x += w;
        }
        return x;
    }
}
