package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.RateParser;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.model.Rate;

/**
 * Grammar of a performance cell: segments separated by {@code ,} {@code ;} "at" "after" "@", each a rate
 * ({@code 5 A g−1}, {@code 2C}, {@code C/10}), a cycle count ({@code 1000 cycles}) or a value with its unit
 * ({@code ∼46%}, {@code ∼ 1500 mA h g−1}). Order is free: {@code ∼30% at 2.5 A g−1} and
 * {@code 5 A g−1, ∼46%} read alike. Segments of other words are skipped; a cell without a value with a unit
 * ({@code 2C, 100 cycles}) gives nothing.
 *
 * @see Parsed
 */
final class CompositeCell {
    /** A comma followed by exactly three digits is a thousands separator (1,190), not a segment break. */
    private static final Pattern SEGMENTS = Pattern.compile(
            "\\s*,\\s+|,(?!\\d{3}(?!\\d))|\\s*;\\s*|\\s+(?:at|after|over|under|@)\\s+|\\s*@\\s+|\\s+@\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CYCLES = Pattern.compile(
            "^(?:after\\s+|over\\s+)?(\\d{1,6})\\s*(?:cycles?|cyc\\.?|th\\s+cycles?)$|^(\\d{1,6})(?:st|nd|rd|th)\\s+cycles?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_NUMBER = Pattern.compile(
            "(?:(?:" + CellNumbers.APPROX + ")\\s*)?(?:<=|>=|[<>\u2264\u2265])?\\s*\\d|C/\\d", Pattern.CASE_INSENSITIVE);

    /**
     * What a performance cell says.
     *
     * @param values readings that print a value unit, in order
     * @param rate   the first rate, or null
     * @param cycles the first cycle count, or null
     */
    record Parsed(List<Reading> values, Rate rate, Integer cycles) {
        Parsed {
            values = List.copyOf(values);
        }
    }

    private final RateParser rates;
    private final ValueCell values;

    CompositeCell(UnitVocabulary units) {
        this.rates = new RateParser(units);
        this.values = new ValueCell(units);
    }

    Parsed read(String cell) {
        List<Reading> found = new ArrayList<>();
        Rate rate = null;
        Integer cycles = null;
        for (String segment : CellNumbers.split(cell.strip(), SEGMENTS)) {
            String s = fromFirstNumber(segment);
            if (s.isEmpty()) {
                continue;
            }
            Matcher c = CYCLES.matcher(s);
            if (c.matches()) {
                int n = Integer.parseInt(c.group(1) != null ? c.group(1) : c.group(2));
                if (cycles == null && n > 0) {
                    cycles = n;
                }
                continue;
            }
            Optional<Rate> r = rates.parse(s);
            if (r.isPresent()) {
                rate = rate == null ? r.get() : rate;
                continue;
            }
            // Here a unit is what makes a number a value: "2C, 45" prints none and gives nothing.
            values.item(s).filter(v -> v.unit() != null && v.value() != null).ifPresent(found::add);
        }
        return new Parsed(found, rate, cycles);
    }

    /** The segment from its first number (with its hedge) on: "retention of ∼80%" → "∼80%". */
    private static String fromFirstNumber(String segment) {
        Matcher m = FIRST_NUMBER.matcher(segment);
        return m.find() ? segment.substring(m.start()).strip() : "";
    }
}
