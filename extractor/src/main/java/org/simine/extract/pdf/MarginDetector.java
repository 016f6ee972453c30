package org.simine.extract.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers, footers and page numbers: runs in the top or bottom {@value #BAND} of the page whose
 * text, with digits ignored, recurs on at least two pages, and bare page numbers ("7", "Page 7 of 24", "vii")
 * there. Works on the whole document at once because repetition is what tells a header from a first line.
 */
final class MarginDetector {
    static final double BAND = 0.09;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?|[ivxlc]{1,6}|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    private static final Pattern KEY_DROP = Pattern.compile("[^\\p{L}#]+");

    private MarginDetector() {
    }

    /** Kind (HEADER, FOOTER or PAGE_NUMBER) of each margin run, by identity. */
    static Map<Run, BlockKind> classify(List<RawPage> pages, List<List<Run>> runsByPage) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Run r : runsByPage.get(p)) {
                if (inBand(r, pages.get(p)) != null) {
                    pagesByKey.computeIfAbsent(key(r), k -> new HashSet<>()).add(p);
                }
            }
        }
        Map<Run, BlockKind> kinds = new IdentityHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Run r : runsByPage.get(p)) {
                BlockKind band = inBand(r, pages.get(p));
                if (band == null) {
                    continue;
                }
                String text = r.rawText();
                if (PAGE_NUMBER.matcher(text).matches()) {
                    kinds.put(r, BlockKind.PAGE_NUMBER);
                } else if (pagesByKey.get(key(r)).size() >= 2 && !key(r).isEmpty()) {
                    kinds.put(r, band);
                }
            }
        }
        return kinds;
    }

    private static BlockKind inBand(Run r, RawPage page) {
        if (r.box().y1() < BAND * page.height()) {
            return BlockKind.HEADER;
        }
        if (r.box().y0() > (1 - BAND) * page.height()) {
            return BlockKind.FOOTER;
        }
        return null;
    }

    /** Text with digits as {@code #} and everything but letters dropped, lower-cased. */
    static String key(Run r) {
        String digitsMarked = r.rawText().replaceAll("\\d+", "#");
        return KEY_DROP.matcher(digitsMarked).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
