package org.simine.gold.eval;

import java.util.Objects;
import java.util.Optional;
import org.simine.model.Rate;
import org.simine.model.Record;

/**
 * Decides whether one predicted record matches one gold record.
 *
 * <p>Both modes require the same property and unit, and, where the gold record has them, a matching
 * rate (same rate unit) and the same cycle count (see {@link MatchOptions#requireConditions()}).
 * A gold record without a value (a purely relative statement such as "10 times increase") matches on
 * its factor instead.
 *
 * <ul>
 *   <li>{@link MatchMode#STRICT}: value, value_max (if gold has one), factor (if gold has one) and rate
 *       equal to {@link #STRICT_TOLERANCE} relative; {@link MaterialNames#strictMatch strict material
 *       match}; baseline equal when both records have one.</li>
 *   <li>{@link MatchMode#TOLERANT}: value and value_max (if gold has one) within
 *       {@link MatchOptions#relativeTolerance()}, rate within {@link MatchOptions#rateTolerance()};
 *       {@link MaterialNames#tolerantMatch tolerant material match}; baseline, factor (when gold has a
 *       value) approx and comparator are not compared.</li>
 * </ul>
 * Every strict match is also a tolerant match. The document id is never compared.
 */
public final class RecordMatcher {
    /** Relative tolerance for "equal" numbers in strict mode (absorbs decimal round-trips only). */
    public static final double STRICT_TOLERANCE = 1e-9;

    private final MatchOptions options;

    public RecordMatcher(MatchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public MatchOptions options() {
        return options;
    }

    public boolean matches(Record gold, Record predicted, MatchMode mode) {
        return mismatch(gold, predicted, mode).isEmpty();
    }

    /**
     * The first criterion on which the prediction fails, or empty when it matches. One of
     * {@code property, unit, value, value_max, factor, rate, cycles, material, baseline}.
     */
    public Optional<String> mismatch(Record gold, Record predicted, MatchMode mode) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(mode, "mode");
        boolean strict = mode == MatchMode.STRICT;
        double tol = strict ? STRICT_TOLERANCE : options.relativeTolerance();
        double rateTol = strict ? STRICT_TOLERANCE : options.rateTolerance();
        if (gold.property() != predicted.property()) {
            return Optional.of("property");
        }
        if (gold.unit() != predicted.unit()) {
            return Optional.of("unit");
        }
        if (gold.value() != null) {
            if (!close(gold.value(), predicted.value(), tol)) {
                return Optional.of("value");
            }
            if (gold.valueMax() != null && !close(gold.valueMax(), predicted.valueMax(), tol)) {
                return Optional.of("value_max");
            }
        }
        if (gold.factor() != null && (strict || gold.value() == null)
                && !close(gold.factor(), predicted.factor(), tol)) {
            return Optional.of("factor");
        }
        if (!rateAgrees(gold.rate(), predicted.rate(), rateTol)) {
            return Optional.of("rate");
        }
        if (gold.cycles() != null && (predicted.cycles() != null || options.requireConditions())
                && !gold.cycles().equals(predicted.cycles())) {
            return Optional.of("cycles");
        }
        boolean materialOk = strict
                ? MaterialNames.strictMatch(gold.material(), predicted.material())
                : MaterialNames.tolerantMatch(gold, predicted, options.relativeTolerance());
        if (!materialOk) {
            return Optional.of("material");
        }
        if (strict && gold.baseline() != null && predicted.baseline() != null
                && !close(gold.baseline(), predicted.baseline(), tol)) {
            return Optional.of("baseline");
        }
        return Optional.empty();
    }

    /**
     * How far the prediction's headline number is from the gold one, relative to gold: the value, or the
     * factor for a value-less gold record. Used to prefer the closest prediction when several match.
     */
    public static double distance(Record gold, Record predicted) {
        Double g = gold.value() != null ? gold.value() : gold.factor();
        Double p = gold.value() != null ? predicted.value() : predicted.factor();
        if (g == null || p == null) {
            return Double.POSITIVE_INFINITY;
        }
        double diff = Math.abs(p - g);
        return g == 0 ? diff : diff / Math.abs(g);
    }

    /**
     * |predicted − gold| ≤ tol·|gold| (with a 1e-12 relative slack for binary rounding); a gold of
     * 0 requires exactly 0; a missing prediction is never close.
     */
    static boolean close(double gold, Double predicted, double tol) {
        if (predicted == null) {
            return false;
        }
        return Math.abs(predicted - gold) <= (tol + 1e-12) * Math.abs(gold);
    }

    private boolean rateAgrees(Rate gold, Rate predicted, double tol) {
        if (gold == null) {
            return true;
        }
        if (predicted == null) {
            return !options.requireConditions();
        }
        return gold.unit() == predicted.unit() && close(gold.value(), predicted.value(), tol);
    }
}
