package org.simine.gold.eval;

import java.util.Collection;

/**
 * Unweighted means of per-class precision, recall and F1 (F1 is the mean of the classes' F1, not the
 * harmonic mean of the mean P and R).
 *
 * @param classes how many classes (tables or properties) were averaged; 0 when there were none, in which
 *                case the scores are those of the micro score passed as fallback
 */
public record MacroScore(double precision, double recall, double f1, int classes) {
    public static MacroScore over(Collection<Score> scores, Score fallback) {
        if (scores.isEmpty()) {
            return new MacroScore(fallback.precision(), fallback.recall(), fallback.f1(), 0);
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (Score s : scores) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int n = scores.size();
        return new MacroScore(p / n, r / n, f / n, n);
    }
}
