package org.simine.gold.eval;

/**
 * How closely a predicted record must agree with a gold record to count as found in tolerant mode.
 * Strict mode uses {@link RecordMatcher#STRICT_TOLERANCE} for numbers but honours
 * {@code requireConditions} too.
 *
 * @param relativeTolerance relative tolerance on value, value_max, factor and dopant concentration,
 *                          measured against the gold number: |predicted − gold| ≤ tol·|gold| (0.01 = 1 %)
 * @param rateTolerance     relative tolerance on the rate value; the rate units must be equal
 * @param requireConditions when the gold record has a rate or a cycle count, a prediction without one
 *                          does not match. When false, a missing rate/cycle count is accepted; a
 *                          <em>different</em> one is still a mismatch.
 */
public record MatchOptions(double relativeTolerance, double rateTolerance, boolean requireConditions) {
    public static final double DEFAULT_RELATIVE_TOLERANCE = 0.01;
    public static final double DEFAULT_RATE_TOLERANCE = 0.01;

    public MatchOptions {
        requireTolerance("relativeTolerance", relativeTolerance);
        requireTolerance("rateTolerance", rateTolerance);
    }

    /** 1 % on values, 1 % on rates, rate and cycles required where the gold has them. */
    public static MatchOptions defaults() {
        return new MatchOptions(DEFAULT_RELATIVE_TOLERANCE, DEFAULT_RATE_TOLERANCE, true);
    }

    public MatchOptions withRelativeTolerance(double tolerance) {
        return new MatchOptions(tolerance, rateTolerance, requireConditions);
    }

    public MatchOptions withRateTolerance(double tolerance) {
        return new MatchOptions(relativeTolerance, tolerance, requireConditions);
    }

    public MatchOptions withRequireConditions(boolean require) {
        return new MatchOptions(relativeTolerance, rateTolerance, require);
    }

    private static void requireTolerance(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
        }
    }
}
