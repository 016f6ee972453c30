package org.simine.gold.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Outcome of a {@link Regression} check: one {@link Check} per expected score.
 *
 * @param expectedName the regression file as named in the messages (its path)
 * @param tolerance    the file's tolerance
 * @param checks       one per score the file lists, in file order
 */
public record RegressionResult(String expectedName, double tolerance, List<Check> checks) {
    public enum Status {
        /** Within tolerance. */
        OK,
        /** Dropped by more than the tolerance, or the report lacks the score. */
        FAIL,
        /** Improved by more than the tolerance: the file no longer tells the truth and must be rewritten. */
        UPDATE
    }

    /**
     * @param status   verdict
     * @param key      flat score key
     * @param expected score in the regression file
     * @param actual   score in the report, null when the report lacks it
     * @param line     the human-readable line
     */
    public record Check(Status status, String key, double expected, Double actual, String line) {
        public Check {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(line, "line");
        }

        /** actual − expected, NaN when the report lacks the score. */
        public double delta() {
            return actual == null ? Double.NaN : actual - expected;
        }

        @Override
        public String toString() {
            return line;
        }
    }

    public RegressionResult {
        Objects.requireNonNull(expectedName, "expectedName");
        checks = List.copyOf(checks);
    }

    /** True when no score dropped, none is missing and none improved beyond tolerance. */
    public boolean passed() {
        return checks.stream().allMatch(c -> c.status() == Status.OK);
    }

    public long count(Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** One line per check, then a summary line. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>(checks.stream().map(Check::line).toList());
        lines.add(summary());
        return List.copyOf(lines);
    }

    /** E.g. {@code regression gold/regression/review-pdf.json: PASSED (40 OK, 0 FAIL, 0 UPDATE)}. */
    public String summary() {
        return String.format(Locale.ROOT, "regression %s: %s (%d OK, %d FAIL, %d UPDATE)", expectedName,
                passed() ? "PASSED" : "FAILED", count(Status.OK), count(Status.FAIL), count(Status.UPDATE));
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
