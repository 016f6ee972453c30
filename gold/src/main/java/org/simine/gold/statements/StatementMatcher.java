package org.simine.gold.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.simine.gold.eval.MatchMode;
import org.simine.model.Dopant;
import org.simine.model.Rate;
import org.simine.model.Record;

/**
 * When a predicted record counts as one expected by a statement row.
 *
 * <ul>
 *   <li>{@link MatchMode#TOLERANT}: same property; same material after {@link #normaliseMaterial}; value within the
 *       relative tolerance of the expected value; the same canonical unit. A prediction without a material never
 *       matches ("material required").</li>
 *   <li>{@link MatchMode#STRICT}: tolerant, and also the rate (same unit, value within the tolerance; none must be
 *       none), the cycle count (equal; none must be none), {@code value_max} and {@code baseline} (none must be
 *       none, else within the tolerance), and the dopant (none must be none; the same element set; when the row
 *       gives a concentration, the same unit and a value within the tolerance).</li>
 * </ul>
 * {@code approx}, {@code comparator}, {@code factor}, the temperature and the provenance are never compared.
 */
public final class StatementMatcher {
    /** Criteria in the order {@link #mismatches} reports them. */
    public static final List<String> CRITERIA = List.of("property", "material", "value", "unit", "rate", "cycles",
            "value_max", "baseline", "dopant");

    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final double tolerance;

    /** @param relativeTolerance |predicted − expected| ≤ tolerance·|expected| on every number (0.01 = 1 %) */
    public StatementMatcher(double relativeTolerance) {
        if (!Double.isFinite(relativeTolerance) || relativeTolerance < 0) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + relativeTolerance);
        }
        this.tolerance = relativeTolerance;
    }

    public double tolerance() {
        return tolerance;
    }

    /**
     * The comparison form of a material name: Unicode NFKC (subscript digits become digits, the ohm sign omega),
     * case-folded, en and em dashes, the other Unicode hyphens and U+2212 MINUS SIGN turned into {@code -}, and all
     * white space (thin spaces included) removed. Null gives "".
     */
    public static String normaliseMaterial(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = DASHES.matcher(s).replaceAll("-");
        s = SPACE.matcher(s).replaceAll("");
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** True when the record names a material (anything left after {@link #normaliseMaterial}). */
    public static boolean hasMaterial(Record r) {
        return !normaliseMaterial(r.material()).isEmpty();
    }

    public boolean matches(Record expected, Record predicted, MatchMode mode) {
        return mismatches(expected, predicted, mode).isEmpty();
    }

    /** Every criterion of {@code mode} the prediction fails, in {@link #CRITERIA} order; empty when it matches. */
    public List<String> mismatches(Record expected, Record predicted, MatchMode mode) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(predicted, "predicted");
        List<String> out = new ArrayList<>();
        if (expected.property() != predicted.property()) {
            out.add("property");
        }
        String material = normaliseMaterial(predicted.material());
        if (material.isEmpty() || !material.equals(normaliseMaterial(expected.material()))) {
            out.add("material");
        }
        if (!close(expected.value(), predicted.value())) {
            out.add("value");
        }
        if (expected.unit() != predicted.unit()) {
            out.add("unit");
        }
        if (mode == MatchMode.STRICT) {
            if (!rateAgrees(expected.rate(), predicted.rate())) {
                out.add("rate");
            }
            if (!Objects.equals(expected.cycles(), predicted.cycles())) {
                out.add("cycles");
            }
            if (!optionalAgrees(expected.valueMax(), predicted.valueMax())) {
                out.add("value_max");
            }
            if (!optionalAgrees(expected.baseline(), predicted.baseline())) {
                out.add("baseline");
            }
            if (!dopantAgrees(expected.dopant(), predicted.dopant())) {
                out.add("dopant");
            }
        }
        return out;
    }

    /** |predicted − expected| relative to |expected|, for preferring the closest of several matches. */
    static double distance(Record expected, Record predicted) {
        if (expected.value() == null || predicted.value() == null) {
            return Double.POSITIVE_INFINITY;
        }
        double diff = Math.abs(predicted.value() - expected.value());
        return expected.value() == 0 ? diff : diff / Math.abs(expected.value());
    }

    private boolean close(Double expected, Double predicted) {
        if (expected == null || predicted == null) {
            return expected == null && predicted == null;
        }
        return Math.abs(predicted - expected) <= (tolerance + 1e-12) * Math.abs(expected);
    }

    private boolean optionalAgrees(Double expected, Double predicted) {
        return close(expected, predicted);
    }

    private boolean rateAgrees(Rate expected, Rate predicted) {
        if (expected == null || predicted == null) {
            return expected == null && predicted == null;
        }
        return expected.unit() == predicted.unit() && close(expected.value(), predicted.value());
    }

    private boolean dopantAgrees(Dopant expected, Dopant predicted) {
        if (expected == null || predicted == null) {
            return expected == null && predicted == null;
        }
        if (!elements(expected).equals(elements(predicted))) {
            return false;
        }
        if (expected.value() == null) {
            return true; // no concentration given: the element set decides
        }
        return expected.unit() == predicted.unit() && close(expected.value(), predicted.value());
    }

    private static Set<String> elements(Dopant d) {
        return d.elements().stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
