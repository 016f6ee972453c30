package org.simine.extract.table.interpret;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.UnitVocabulary;

/**
 * Grammar of a plain value cell: a list ({@code ,} {@code ;} "and") of items, each
 * {@code [∼][<|≤|>|≥] number [– number] [unit] [(note)]}, or a factor ({@code 10 times increase},
 * {@code 3-fold}). A temperature note ({@code (50 °C)}, {@code at 25 °C}) becomes the item's temperature.
 * Anything else — an empty cell, {@code —}, words, a unit the vocabulary does not know — gives no reading:
 * a cell that is not fully understood yields nothing rather than a guess.
 */
final class ValueCell {
    private static final String N = CellNumbers.NUMBER;
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s+|\\s*;\\s*|\\s+and\\s+");
    private static final Pattern ITEM = Pattern.compile("^(?<approx>(?:" + CellNumbers.APPROX + ")\\s*)?"
            + "(?<cmp><=|>=|[<>\u2264\u2265\u2a7d\u2a7e])?\\s*(?<approx2>(?:" + CellNumbers.APPROX + ")\\s*)?"
            + "(?<value>" + N + ")"
            + "(?:\\s*(?:[\u2013\u2014]|-|to)\\s*(?:" + CellNumbers.APPROX + ")?\\s*(?<max>" + N + "))?"
            + "\\s*(?<unit>[^()\\[\\]]*?)\\s*(?:[(\\[](?<note>[^()\\[\\]]*)[)\\]])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPERATURE = Pattern.compile(
            "\\s*(?:\\(\\s*|\\bat\\s+)(?<t>[-\u2212]?\\d+(?:\\.\\d+)?)\\s*(?<u>°\\s*C|K)\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTOR = Pattern.compile("^(?:(?:" + CellNumbers.APPROX + ")\\s*)?"
            + "(?<n>" + CellNumbers.DECIMAL + ")\\s*(?:-?\\s*fold|times|×)"
            + "(?:\\s+(?:(?<up>increase[sd]?|increment|higher|larger|greater|enhance(?:d|ment)|improve(?:d|ment)|faster)"
            + "|(?<down>decrease[sd]?|lower|smaller|reduc(?:ed|tion)|slower)))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile("(?:" + CellNumbers.APPROX + ")", Pattern.CASE_INSENSITIVE);

    private final UnitVocabulary units;

    ValueCell(UnitVocabulary units) {
        this.units = units;
    }

    /** Every reading of the cell, or none when any part of it is not understood. */
    List<Reading> read(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Optional<Reading> factor = factor(text);
        if (factor.isPresent()) {
            return List.of(factor.get());
        }
        List<Reading> readings = new ArrayList<>();
        for (String item : CellNumbers.split(text, LIST)) {
            Optional<Reading> reading = item(item);
            if (reading.isEmpty()) {
                return List.of();
            }
            readings.add(reading.get());
        }
        return List.copyOf(readings);
    }

    /** The cell's one plain number, or empty when it prints none, several, a range, a bound or a factor. */
    Optional<Reading> single(String cell) {
        List<Reading> readings = read(cell);
        return readings.size() == 1 && readings.get(0).isSingle() ? Optional.of(readings.get(0)) : Optional.empty();
    }

    private static Optional<Reading> factor(String text) {
        Matcher m = FACTOR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal n = CellNumbers.decimal(m.group("n")).orElse(null);
        if (n == null || n.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal factor = m.group("down") != null ? BigDecimal.ONE.divide(n, MathContext.DECIMAL64) : n;
        boolean approx = HEDGE.matcher(text).lookingAt();
        return Optional.of(new Reading(null, null, approx, null, null, factor, null));
    }

    /** One list item; a unit it prints must be a known value unit. */
    Optional<Reading> item(String item) {
        Double temperature = null;
        Matcher t = TEMPERATURE.matcher(item);
        if (t.find()) {
            double degrees = Double.parseDouble(t.group("t").replace('\u2212', '-'));
            temperature = t.group("u").equalsIgnoreCase("K") ? degrees - 273.15 : degrees;
            item = (item.substring(0, t.start()) + item.substring(t.end())).strip();
        }
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = CellNumbers.decimal(m.group("value"));
        Optional<BigDecimal> max = m.group("max") == null ? Optional.empty() : CellNumbers.decimal(m.group("max"));
        if (value.isEmpty() || (m.group("max") != null && max.isEmpty())) {
            return Optional.empty();
        }
        UnitVocabulary.Entry unit = null;
        String unitText = m.group("unit");
        if (!unitText.isEmpty()) {
            unit = units.lookup(unitText).filter(u -> u.kind() == UnitVocabulary.Kind.VALUE).orElse(null);
            if (unit == null) {
                return Optional.empty();
            }
        }
        BigDecimal low = value.get();
        BigDecimal high = max.orElse(null);
        if (high != null && high.compareTo(low) < 0) {
            // Ranges are printed in either order (10−8 – 10−10): value is the lower end.
            BigDecimal swap = low;
            low = high;
            high = swap;
        }
        boolean approx = m.group("approx") != null || m.group("approx2") != null;
        return Optional.of(new Reading(low, high, approx, comparator(m.group("cmp")), temperature, null, unit));
    }

    private static String comparator(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "\u2264", "\u2a7d", "<=" -> "<=";
            case "\u2265", "\u2a7e", ">=" -> ">=";
            default -> symbol;
        };
    }
}
