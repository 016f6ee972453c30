package org.simine.extract.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces a plus sign with a minus or underscore printed right below it by one ± glyph: some
 * typesetters build ± that way, and left apart the minus falls on a line of its own.
 */
final class StackedGlyphJoiner {
    private StackedGlyphJoiner() {
    }

    static List<Glyph> join(List<Glyph> glyphs) {
        List<Integer> pluses = new ArrayList<>();
        List<Integer> minuses = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            String t = glyphs.get(i).text();
            if (t.equals("+")) {
                pluses.add(i);
            } else if (t.equals("\u2212") || t.equals("-") || t.equals("_")) {
                minuses.add(i);
            }
        }
        if (pluses.isEmpty() || minuses.isEmpty()) {
            return glyphs;
        }
        Set<Integer> dropped = new HashSet<>();
        List<Glyph> out = new ArrayList<>(glyphs);
        for (int p : pluses) {
            Glyph plus = glyphs.get(p);
            for (int m : minuses) {
                Glyph minus = glyphs.get(m);
                double overlap = Math.min(plus.x1(), minus.x1()) - Math.max(plus.x0(), minus.x0());
                double below = minus.y1() - plus.y1();
                if (!dropped.contains(m) && overlap >= 0.5 * Math.min(plus.width(), minus.width())
                        && below > 0.1 * plus.fontSize() && below < 0.7 * plus.fontSize()) {
                    out.set(p, new Glyph("\u00B1", plus.x0(), plus.y0(), plus.x1(), plus.y1(), plus.fontSize(),
                            plus.bold()));
                    dropped.add(m);
                    break;
                }
            }
        }
        List<Glyph> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }
}
