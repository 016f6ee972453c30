package org.simine.extract.nlp;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the rules capture them: {@code 86.9}, {@code 1,190}, {@code 1.3e-12}, {@code 1.335 × 10^-12},
 * {@code 10^-12}. Exact decimal arithmetic, so {@code 1.335 × 10^-12} becomes exactly {@code 1.335e-12}.
 */
public final class NumberParser {
    private static final String PLAIN = "\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+|\\.\\d+";
    private static final Pattern DECIMAL = Pattern.compile("(" + PLAIN + ")(?:[eE]([-+]?\\d{1,3}))?");
    private static final Pattern POWER_OF_TEN = Pattern.compile("(?:(" + PLAIN + ")[×x*·])?10\\^([-+]?\\d{1,3})");
    private static final Pattern IGNORED = Pattern.compile("[\\s{}]");

    private NumberParser() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String s = IGNORED.matcher(text).replaceAll("").replace('\u2212', '-');
        Matcher decimal = DECIMAL.matcher(s);
        if (decimal.matches()) {
            BigDecimal mantissa = new BigDecimal(decimal.group(1).replace(",", ""));
            return Optional.of(decimal.group(2) == null ? mantissa : scale(mantissa, decimal.group(2)));
        }
        Matcher power = POWER_OF_TEN.matcher(s);
        if (power.matches()) {
            BigDecimal mantissa = power.group(1) == null ? BigDecimal.ONE : new BigDecimal(power.group(1).replace(",", ""));
            return Optional.of(scale(mantissa, power.group(2)));
        }
        return Optional.empty();
    }

    private static BigDecimal scale(BigDecimal mantissa, String exponent) {
        return mantissa.scaleByPowerOfTen(Integer.parseInt(exponent.replace("+", "")));
    }
}
