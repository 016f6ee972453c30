package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most common glyph size by characters, rounded to a quarter point; ties go to the larger size. */
class DominantSizeTest {
    private static Glyph glyph(String text, double size) {
        return new Glyph(text, 0, 5, 100, size, false);
    }

    private static double dominant(Glyph... glyphs) {
        return LineText.dominantSize(List.of(glyphs));
    }

    @Test
    void countsCharactersNotGlyphsAndIgnoresSpaces() {
        // 9.5 pt: two glyphs of one character; 7 pt: one ligature of three; the 12 pt spaces do not count.
        assertEquals(7.0, dominant(glyph("a", 9.5), glyph("b", 9.5), glyph("ffi", 7), glyph(" ", 12), glyph(" ", 12)));
    }

    @Test
    void roundsToQuarterPointsAndBreaksTiesTowardsTheLargerSize() {
        assertEquals(10.0, dominant(glyph("a", 9.99), glyph("b", 10.01), glyph("c", 7), glyph("d", 7.1)));
        assertEquals(10.0, dominant(glyph("c", 7), glyph("a", 10)));
        assertEquals(10.0, dominant(glyph("a", 10), glyph("c", 7)));
    }

    @Test
    void sizesBeyondTheArrayCompeteWithTheOthers() {
        // 200 pt is 800 quarter points, counted apart from the array; it wins a tie against 10 pt and loses to 3 chars.
        assertEquals(200.0, dominant(glyph("A", 200), glyph("B", 200), glyph("a", 10), glyph("b", 10)));
        assertEquals(10.0, dominant(glyph("A", 200), glyph("B", 200), glyph("abc", 10)));
    }

    @Test
    void onlySpacesFallBackToTheFirstGlyphsSize() {
        assertEquals(12.5, dominant(glyph(" ", 12.5), glyph("\t", 8)));
    }

    @Test
    void aPageOfManySizesGivesTheCommonOne() {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            glyphs.add(glyph("x", 1 + i * 0.25)); // 600 sizes from 1 to 150.75 pt, one character each
        }
        glyphs.add(glyph("y", 9));
        assertEquals(9.0, LineText.dominantSize(glyphs));
    }
}
