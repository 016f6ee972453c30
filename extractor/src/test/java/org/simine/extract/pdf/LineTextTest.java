package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts and spaces from synthetic glyph geometry (10 pt text, 7 pt scripts as pdflatex sets them). */
class LineTextTest {
    /** Glyphs left to right; each string is one glyph, "^x" raised small, "_x" lowered small, " " a gap. */
    static List<Glyph> glyphs(String... parts) {
        List<Glyph> glyphs = new ArrayList<>();
        double x = 50;
        for (String part : parts) {
            if (part.equals(" ")) {
                x += 3.3;
                continue;
            }
            double size = 10;
            double baseline = 100;
            String text = part;
            if (part.length() > 1 && part.charAt(0) == '^') {
                size = 7;
                baseline = 96.4;
                text = part.substring(1);
            } else if (part.length() > 1 && part.charAt(0) == '_') {
                size = 7;
                baseline = 101.5;
                text = part.substring(1);
            }
            double width = 0.5 * size * text.length();
            glyphs.add(new Glyph(text, x, x + width, baseline, size, false));
            x += width;
        }
        return glyphs;
    }

    static String line(String... parts) {
        return LineText.line(glyphs(parts)).text();
    }

    @Test
    void unitExponents() {
        assertEquals("cm^{2} s^{−1}", line("c", "m", "^2", " ", "s", "^−", "^1"));
    }

    @Test
    void powerOfTen() {
        assertEquals("1.3×10^{−13}", line("1", ".", "3", "×", "1", "0", "^−", "^1", "^3"));
    }

    @Test
    void subscriptsInFormulaAndSymbol() {
        assertEquals("Li_{15}Si_{4} and R_{ct}", line("L", "i", "_1", "_5", "S", "i", "_4", " ", "a", "n", "d", " ", "R",
                "_c", "_t"));
    }

    @Test
    void ionCharge() {
        assertEquals("Li^{+} ions", line("L", "i", "^+", " ", "i", "o", "n", "s"));
    }

    @Test
    void plainTextHasNoMarkup() {
        assertEquals("plain words", line("p", "l", "a", "i", "n", " ", "w", "o", "r", "d", "s"));
    }

    @Test
    void superscriptOnSubscript() {
        List<Glyph> g = new ArrayList<>(glyphs("t", "h", "e", " ", "D", "_L", "_i"));
        Glyph last = g.get(g.size() - 1);
        g.add(new Glyph("+", last.x1(), last.x1() + 3.5, 99.0, 5, false));
        assertEquals("the D_{Li}^{+}", LineText.line(g).text());
    }
}
