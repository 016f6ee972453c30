package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column detection on synthetic pages: two columns whose lines share baselines must never interleave. */
class ColumnSplitterTest {
    static Run run(String text, double x0, double x1, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        double step = (x1 - x0) / text.length();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x0 + i * step, x0 + (i + 1) * step, baseline, 10, false));
        }
        return Run.of(glyphs);
    }

    static List<String> read(List<Run> runs) {
        List<String> lines = new ArrayList<>();
        for (List<Run> region : ColumnSplitter.regions(runs, 10)) {
            LineBuilder.build(region).forEach(l -> lines.add(l.text()));
        }
        return lines;
    }

    @Test
    void twoColumnsOnOneBaselineGridReadLeftThenRight() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(run("L" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 50, 290, 100 + 12 * i));
            runs.add(run("R" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 310, 550, 100 + 12 * i));
        }
        List<String> lines = read(runs);
        assertEquals(12, lines.size());
        for (int i = 0; i < 6; i++) {
            assertEquals('L', lines.get(i).charAt(0), lines.toString());
            assertEquals('R', lines.get(6 + i).charAt(0), lines.toString());
        }
    }

    @Test
    void fullWidthBandInterruptsTheColumns() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(run("A" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 50, 290, 100 + 12 * i));
            runs.add(run("B" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 310, 550, 100 + 12 * i));
        }
        runs.add(run("Wide caption across both columns xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 50, 550, 180));
        for (int i = 0; i < 4; i++) {
            runs.add(run("C" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 50, 290, 210 + 12 * i));
            runs.add(run("D" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 310, 550, 210 + 12 * i));
        }
        StringBuilder order = new StringBuilder();
        read(runs).forEach(l -> order.append(l.charAt(0)));
        assertEquals("AAAABBBBWCCCCDDDD", order.toString());
    }

    @Test
    void singleColumnStaysWhole() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(run("S" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 50, 550, 100 + 12 * i));
        }
        assertEquals(1, ColumnSplitter.regions(runs, 10).size());
    }
}
