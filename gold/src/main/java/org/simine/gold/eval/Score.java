package org.simine.gold.eval;

/**
 * True positive, false positive and false negative counts with precision, recall and F1.
 *
 * <p>P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R). Zero denominators: when there is nothing at all
 * (tp = fp = fn = 0, no gold and no prediction) P = R = F1 = 1, nothing was missed and nothing invented.
 * Otherwise a zero denominator gives 0: predictions against no gold have R = 0 (and P = 0); no
 * predictions against some gold have P = 0 (and R = 0). F1 is 0 when P + R = 0. Never NaN.
 */
public record Score(int tp, int fp, int fn) {
    public static final Score EMPTY = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Score plus(Score other) {
        return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public Score plusTp() {
        return new Score(tp + 1, fp, fn);
    }

    public Score plusFp() {
        return new Score(tp, fp + 1, fn);
    }

    public Score plusFn() {
        return new Score(tp, fp, fn + 1);
    }

    /** Number of gold records: tp + fn. */
    public int gold() {
        return tp + fn;
    }

    /** Number of predictions: tp + fp. */
    public int predicted() {
        return tp + fp;
    }

    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    public double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    public double recall() {
        if (tp + fn == 0) {
            return fp == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
