package org.simine.index.query;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as users type them in queries: {@code 60}, {@code 0.06}, {@code .5}, {@code 1e-12}, and the forms
 * copied from papers {@code 1.3×10^-12}, {@code 1.3x10^-12}, {@code 10^-12}. Parsed as exact decimals, so unit
 * factors apply without binary rounding ({@code 500 mA/g} is exactly 0.5 A/g).
 */
final class NumberText {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(?:[x×*]10\\^?([+\\-−]?\\d+))?"
                    + "|10\\^([+\\-−]?\\d+)");

    /** A number read at a position: its exact value and where it ended. */
    record Match(BigDecimal value, int end) {
    }

    private NumberText() {
    }

    /** The number starting exactly at {@code from}, or null when there is none. */
    static Match at(String s, int from) {
        Matcher m = NUMBER.matcher(s).region(from, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            BigDecimal value;
            if (m.group(3) != null) {
                value = BigDecimal.ONE.scaleByPowerOfTen(exponent(m.group(3)));
            } else {
                value = new BigDecimal(m.group(1));
                if (m.group(2) != null) {
                    value = value.scaleByPowerOfTen(exponent(m.group(2)));
                }
            }
            return new Match(value, m.end());
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond int range is not a number anyone means
        }
    }

    private static int exponent(String digits) {
        return Integer.parseInt(digits.replace('−', '-'));
    }
}
