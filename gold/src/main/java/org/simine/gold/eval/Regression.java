package org.simine.gold.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a report's scores with a {@link RegressionFile}, one line per expected score:
 * <pre>
 * OK   tolerant.micro.f1 expected 0.050 actual 0.052 delta +0.002
 * FAIL tolerant.tables.2.f1 expected 0.400 actual 0.300 delta -0.100 dropped
 * FAIL strict.tables.7.f1 expected 0.400 actual missing
 * UPDATE strict.micro.f1 expected 0.100 actual 0.200 delta +0.100 improved beyond tolerance: update FILE
 * </pre>
 * A score passes when |actual − expected| ≤ tolerance. A gain beyond tolerance fails too, so that the file
 * is kept true: rewrite it with {@link RegressionFile#write(EvalReport, Path, double)}.
 *
 * <p>Keys ending in {@value #COUNT_SUFFIX} are counts of false records (e.g. {@code negatives.false_records} of a
 * statements evaluation), where lower is better: a rise beyond the tolerance fails ({@code rose}), a fall asks for
 * the file to be updated. They are printed as whole numbers.
 */
public final class Regression {
    /** Absorbs binary rounding in |delta| ≤ tolerance. */
    private static final double SLACK = 1e-9;
    /** Keys with this ending count false records: lower is better. */
    public static final String COUNT_SUFFIX = ".false_records";

    private Regression() {
    }

    public static RegressionResult check(EvalReport actual, Path expected) throws IOException {
        return check(actual, RegressionFile.read(expected), expected.toString());
    }

    public static RegressionResult check(EvalReport actual, InputStream expected, String expectedName)
            throws IOException {
        return check(actual, RegressionFile.read(expected), expectedName);
    }

    public static RegressionResult check(EvalReport actual, RegressionFile expected, String expectedName) {
        return check(actual.scores(), expected, expectedName);
    }

    /** Checks flat scores, e.g. {@link EvalReport#scoresFromJson} of an old report. */
    public static RegressionResult check(Map<String, Double> actual, RegressionFile expected,
                                         String expectedName) {
        double tol = expected.tolerance();
        List<RegressionResult.Check> checks = new ArrayList<>();
        expected.scores().forEach((key, exp) -> {
            boolean count = lowerIsBetter(key);
            String fmt = count ? "%.0f" : "%.3f";
            Double act = actual.get(key);
            if (act == null) {
                checks.add(new RegressionResult.Check(RegressionResult.Status.FAIL, key, exp, null,
                        String.format(Locale.ROOT, "FAIL %s expected " + fmt + " actual missing", key, exp)));
                return;
            }
            double delta = act - exp;
            String numbers = String.format(Locale.ROOT, "%s expected " + fmt + " actual " + fmt + " delta %+"
                    + fmt.substring(1), key, exp, act, delta);
            RegressionResult.Status status;
            String line;
            if (Math.abs(delta) <= tol + SLACK) {
                status = RegressionResult.Status.OK;
                line = "OK   " + numbers;
            } else if (count ? delta > 0 : delta < 0) {
                status = RegressionResult.Status.FAIL;
                line = "FAIL " + numbers + (count ? " rose" : " dropped");
            } else {
                status = RegressionResult.Status.UPDATE;
                line = "UPDATE " + numbers + " improved beyond tolerance: update " + expectedName;
            }
            checks.add(new RegressionResult.Check(status, key, exp, act, line));
        });
        return new RegressionResult(expectedName, tol, checks);
    }

    /** True for a count of false records ({@value #COUNT_SUFFIX}), where a fall is the improvement. */
    public static boolean lowerIsBetter(String key) {
        return key.endsWith(COUNT_SUFFIX);
    }
}
