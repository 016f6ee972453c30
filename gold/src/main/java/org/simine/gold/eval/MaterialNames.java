package org.simine.gold.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.simine.model.Dopant;
import org.simine.model.Record;
import org.simine.model.Unit;

/**
 * Material-name comparison for evaluation. Names are compared after {@link #normalise(String)}, which
 * removes typesetting differences between the review's tables and extracted text.
 */
public final class MaterialNames {
    /** Shortest normalised name that may match by containment ("C" inside "Si@C" does not count). */
    public static final int MIN_CONTAINED_LENGTH = 2;

    private static final Pattern HTML_FORMATTING_TAG =
            Pattern.compile("</?(?:i|b|em|strong|sub|sup|span|small)\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEX_FONT_COMMAND =
            Pattern.compile("\\\\(?:text[a-z]{0,2}|math[a-z]{2,4}|rm|it|bf)(?![a-zA-Z])");
    private static final Pattern TEX_SPACING = Pattern.compile("\\\\[,;:! ]");
    private static final Pattern TYPESETTING = Pattern.compile("[_^{}$\\s\\p{Z}]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern TIMES = Pattern.compile("[\\u00D7\\u2715\\u2716\\u2A2F]");

    private MaterialNames() {
    }

    /**
     * The comparison form of a material name: Unicode NFKC (subscript digits become digits), HTML
     * formatting tags ({@code <i>}, {@code <sub>} …) and TeX font commands ({@code \text}, {@code \mathrm} …)
     * removed, {@code _ ^ { } $} and all whitespace removed, dash variants (‐ ‑ ‒ – — ― −) turned into
     * {@code -}, multiplication signs (× ✕ ⨯) into {@code x}, then lower-cased. Null gives "".
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = HTML_FORMATTING_TAG.matcher(s).replaceAll("");
        s = TEX_FONT_COMMAND.matcher(s).replaceAll("");
        s = TEX_SPACING.matcher(s).replaceAll("");
        s = TYPESETTING.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        s = TIMES.matcher(s).replaceAll("x");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Strict match: equal normalised names. A gold record without a material name matches any prediction. */
    public static boolean strictMatch(String gold, String predicted) {
        String g = normalise(gold);
        return g.isEmpty() || g.equals(normalise(predicted));
    }

    /**
     * Tolerant match: {@link #namesOverlap names overlap}, or the gold record has a dopant and the
     * prediction's dopant {@link #dopantsAgree agrees} with it (the review's Table 2 prints no sample
     * name, so its gold materials are "Mn-doped Si" with a dopant).
     */
    public static boolean tolerantMatch(Record gold, Record predicted, double relativeTolerance) {
        if (normalise(gold.material()).isEmpty() || namesOverlap(gold.material(), predicted.material())) {
            return true;
        }
        return gold.dopant() != null && predicted.dopant() != null
                && dopantsAgree(gold.dopant(), predicted.dopant(), relativeTolerance);
    }

    /**
     * Normalised names are equal, or one contains the other and the shorter is at least
     * {@link #MIN_CONTAINED_LENGTH} characters long.
     */
    public static boolean namesOverlap(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter);
    }

    /**
     * Same element set (case-insensitive, order ignored); when both give a concentration, the units are
     * comparable (equal, or either is plain %) and the predicted value is within the relative tolerance
     * of the gold value. A concentration on one side only is not held against the prediction.
     */
    public static boolean dopantsAgree(Dopant gold, Dopant predicted, double relativeTolerance) {
        if (!elementSet(gold.elements()).equals(elementSet(predicted.elements()))) {
            return false;
        }
        if (gold.value() == null || predicted.value() == null) {
            return true;
        }
        boolean unitsComparable = gold.unit() == predicted.unit()
                || gold.unit() == Unit.PERCENT || predicted.unit() == Unit.PERCENT;
        return unitsComparable && RecordMatcher.close(gold.value(), predicted.value(), relativeTolerance);
    }

    private static Set<String> elementSet(List<String> elements) {
        return elements.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
