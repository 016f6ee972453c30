package org.simine.extract.nlp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.model.Rate;
import org.simine.model.RateUnit;

/** Charge/discharge rates as captured: {@code 2 A g^-1} → 2 A/g, {@code 500 mA g-1} → 0.5 A/g, {@code C/10} → 0.1 C. */
public final class RateParser {
    private static final Pattern C_FRACTION = Pattern.compile("C/(\\d+(?:\\.\\d+)?)");
    private static final Pattern COMPACT_C = Pattern.compile("(\\d+(?:\\.\\d+)?)C");
    /** "1C/1C": charged and discharged at the same rate, which is the rate. */
    private static final Pattern SAME_BOTH_WAYS = Pattern.compile("((\\d+(?:\\.\\d+)?)C)/\\1");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+)\\s*(\\S.*)");

    private final UnitVocabulary units;

    public RateParser(UnitVocabulary units) {
        this.units = units;
    }

    /** @return the rate in its canonical unit, or empty when the text is not a positive rate in a known unit */
    public Optional<Rate> parse(String text) {
        String s = text.strip();
        Matcher fraction = C_FRACTION.matcher(s);
        if (fraction.matches()) {
            BigDecimal divisor = new BigDecimal(fraction.group(1));
            return divisor.signum() > 0
                    ? rate(BigDecimal.ONE.divide(divisor, MathContext.DECIMAL64), RateUnit.C) : Optional.empty();
        }
        Matcher both = SAME_BOTH_WAYS.matcher(s);
        if (both.matches()) {
            s = both.group(1);
        }
        Matcher compact = COMPACT_C.matcher(s);
        if (compact.matches()) {
            return rate(new BigDecimal(compact.group(1)), RateUnit.C);
        }
        Matcher m = NUMBER_AND_UNIT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        return units.lookup(m.group(2))
                .filter(u -> u.kind() == UnitVocabulary.Kind.RATE)
                .flatMap(u -> rate(number.multiply(BigDecimal.valueOf(u.multiplier())), RateUnit.fromSymbol(u.canonical())));
    }

    private static Optional<Rate> rate(BigDecimal value, RateUnit unit) {
        return value.signum() > 0 ? Optional.of(Rate.of(value.doubleValue(), unit)) : Optional.empty();
    }
}
