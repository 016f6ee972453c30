package org.simine.extract.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts characters by glyph size rounded to a quarter point and names the most common size (ties: the larger).
 * Sizes up to {@value #DIRECT} quarter points are counted in an array: this runs for every line and page, and a
 * map of boxed keys cost more than the layout analysis around it. Rarer sizes go to a map.
 */
final class DominantSize {
    private static final int DIRECT = 512;

    private final int[] direct = new int[DIRECT];
    private Map<Long, Integer> other;
    private boolean any;

    /** Counts the characters of a glyph that is not a space. */
    void add(Glyph g) {
        if (g.isSpace()) {
            return;
        }
        long key = Math.round(g.size() * 4);
        if (key >= 0 && key < DIRECT) {
            direct[(int) key] += g.text().length();
        } else {
            if (other == null) {
                other = new HashMap<>();
            }
            other.merge(key, g.text().length(), Integer::sum);
        }
        any = true;
    }

    /** @return the most common size in points, or {@code fallback} when only spaces (or nothing) were counted */
    double size(double fallback) {
        if (!any) {
            return fallback;
        }
        long best = -1;
        int bestCount = 0;
        for (int key = 0; key < DIRECT; key++) {
            if (direct[key] > 0 && direct[key] >= bestCount) {
                best = key;
                bestCount = direct[key];
            }
        }
        if (other != null) {
            for (Map.Entry<Long, Integer> e : other.entrySet()) {
                if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
        }
        return best < 0 ? fallback : best / 4.0;
    }
}
