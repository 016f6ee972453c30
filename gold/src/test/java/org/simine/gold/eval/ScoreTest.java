package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {
    private static final double EPS = 1e-12;

    @Test
    void ordinaryCounts() {
        // tp=3 fp=1 fn=2: P = 3/4 = 0.75, R = 3/5 = 0.6, F1 = 2*0.75*0.6/1.35 = 0.9/1.35 = 2/3
        Score s = new Score(3, 1, 2);
        assertEquals(0.75, s.precision(), EPS);
        assertEquals(0.6, s.recall(), EPS);
        assertEquals(2.0 / 3, s.f1(), EPS);
        assertEquals(5, s.gold());
        assertEquals(4, s.predicted());
    }

    @Test
    void nothingAtAllIsPerfect() {
        Score s = Score.EMPTY;
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
    }

    @Test
    void noPredictionsAgainstGoldGivesZeroPrecision() {
        // tp+fp = 0 but fn = 4 > 0: P = 0 by convention, R = 0/4 = 0, F1 = 0 (not NaN)
        Score s = new Score(0, 0, 4);
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    @Test
    void predictionsAgainstNoGoldGiveZeroRecall() {
        // tp+fn = 0 but fp = 2 > 0: R = 0 by convention, P = 0/2 = 0, F1 = 0
        Score s = new Score(0, 2, 0);
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    @Test
    void countsAddUp() {
        assertEquals(new Score(2, 1, 1), Score.EMPTY.plusTp().plusTp().plusFp().plusFn());
        assertEquals(new Score(3, 3, 3), new Score(1, 2, 3).plus(new Score(2, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
    }

    @Test
    void macroIsMeanOfClassF1() {
        // class A: tp=1 → P=R=F1=1; class B: tp=1 fp=1 → P=0.5 R=1 F1=2/3
        // macro P = 0.75, R = 1, F1 = (1 + 2/3)/2 = 5/6 (not the harmonic mean of 0.75 and 1 = 6/7)
        MacroScore m = MacroScore.over(List.of(new Score(1, 0, 0), new Score(1, 1, 0)), Score.EMPTY);
        assertEquals(0.75, m.precision(), EPS);
        assertEquals(1.0, m.recall(), EPS);
        assertEquals(5.0 / 6, m.f1(), EPS);
        assertEquals(2, m.classes());
    }

    @Test
    void macroOverNoClassesFallsBackToMicro() {
        MacroScore m = MacroScore.over(List.of(), new Score(0, 3, 0));
        assertEquals(0.0, m.f1());
        assertEquals(0, m.classes());
        assertEquals(1.0, MacroScore.over(List.of(), Score.EMPTY).f1());
    }
}
