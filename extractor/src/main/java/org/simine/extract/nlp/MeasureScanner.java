package org.simine.extract.nlp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.model.Rate;
import org.simine.model.RateUnit;

/**
 * Finds the measures of one sentence in its text: numbers with their unit, grouped into lists ("212.4, 96.7 and
 * 41.3 Ω") and ranges ("between 44 and 71 Ω", "1450–480 mAh g⁻¹"), rates ("0.5 A g⁻¹", "C/5", "2C") and cycle
 * counts ("after 500 cycles", "the 150th cycle", "a 300-cycle test", "cycled 50 times").
 *
 * <p>It reads characters, not tokens: the tokenizer splits numbers and units in ways that depend on spacing
 * ({@code 1320mAhg^-1} is one token, {@code 10 -12} three), while the number grammar here and the unit vocabulary
 * ({@code vocab/units.tsv}, compared by {@link PhraseKey}) do not care. Offsets are the sentence's page offsets.
 */
final class MeasureScanner {
    /**
     * A number as written: mantissa × 10^exponent (× may be ×, x, *, ·; the exponent with ^, a minus, an en dash
     * as minus, or spaces: {@code 6.3 × 10^-11}, {@code 2.1 x 10-12}, {@code 6.72 × 10–13}, {@code 2.9 × 10 -12}),
     * a bare power of ten ({@code 10^-12.4}, a decimal exponent being a log value), E notation, thousands commas.
     * Not inside a word or after a sample name's hyphen ({@code Si/C-3}, {@code Al2O3}).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.^_])(?<!\\p{L}[-–/])"
                    + "(?:(?<m>\\d+(?:\\.\\d+)?)\\s?[×x*·]\\s?10\\s?\\^?\\s?(?<e>[-–]?\\s?\\d{1,2}(?:\\.\\d+)?)"
                    + "|10\\s?\\^\\s?(?<p>[-–]?\\s?\\d{1,2}(?:\\.\\d+)?)"
                    + "|(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d{1,3})?|\\.\\d+))");
    /** "± 3.1" after a value: the spread, not a value. */
    private static final Pattern SPREAD = Pattern.compile("\\s?±\\s?\\d+(?:\\.\\d+)?");
    /** Between the members of a list: ", ", " and ", ", and ", " or ". */
    private static final Pattern LIST_GLUE = Pattern.compile("\\s?(?:,\\s?(?:and\\s)?|and\\s|or\\s)\\s?");
    /** "(Figure 3C)", "Fig. 2C": a panel label, not a C-rate. */
    private static final Pattern FIGURE_LABEL = Pattern.compile("(?i)\\b(?:fig(?:ure)?s?|panels?)\\.?\\s?$");

    /** Between the ends of a written range: an en dash or a hyphen, "to", "and" after "between". */
    private static final Pattern RANGE_DASH = Pattern.compile("\\s?[–-]\\s?");
    private static final Pattern RANGE_WORD = Pattern.compile("\\s(to|and)\\s");
    /** Verbs after which "from X to Y" and "between X and Y" are a range rather than a change. */
    private static final Pattern RANGE_CUE = Pattern.compile(
            "(?i)\\b(?:within|ranges?|ranged|ranging|var(?:y|ies|ied|ying)|spans?|spanning|spanned)(?:\\s+from)?\\s?$");
    private static final Pattern C_FRACTION = Pattern.compile("(?<![\\p{L}\\d])C/(\\d+(?:\\.\\d+)?)(?![\\d.]*\\p{L})");
    private static final Pattern COMPACT_C = Pattern.compile("(?<![\\p{L}\\d.])(\\d+(?:\\.\\d+)?)C(?:/\\1C)?(?![\\p{L}\\d])");
    private static final Pattern APPROX = Pattern.compile(
            "(?i)(?:~|≈|∼|about|approximately|approx\\.|nearly|ca\\.|around|roughly|almost)\\s?$");
    private static final Pattern BOUND = Pattern.compile(
            "(?i)(?<gt>over|above|exceeding|>|more than|higher than|greater than)\\s?$|(?<ge>≥|>=|at least)\\s?$"
                    + "|(?<lt>below|under|<|less than|lower than)\\s?$|(?<le>≤|<=|up to|at most)\\s?$");
    private static final Pattern CYCLES = Pattern.compile(
            "(?i)(?<![\\p{L}\\d.])(?<n>\\d{1,3}(?:[ ,]\\d{3})+|\\d+|" + numberWords() + ")"
                    + "(?:(?<ord>st|nd|rd|th)\\s(?:charge[-–/]discharge\\s|discharge\\s|charge\\s)?cycles?\\b"
                    + "|\\s(?:(?:charge|discharge|charging|discharging|galvanostatic)[-–/ ]?(?:charge|discharge|charging|discharging)?\\s)?"
                    + "(?:full\\s)?cycles\\b|[-–]cycles?\\b|\\stimes\\b(?<=cycled\\s\\S{1,12}\\stimes))");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twenty", 20), Map.entry("fifty", 50), Map.entry("hundred", 100));
    /** Longest unit phrase considered after a number, in characters. */
    private static final int MAX_UNIT_CHARS = 24;

    private final UnitVocabulary units;

    MeasureScanner(UnitVocabulary units) {
        this.units = units;
    }

    private static String numberWords() {
        return "two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred";
    }

    /** One number as written, with its unit when one follows it. */
    record Numeral(BigDecimal value, int begin, int end, UnitVocabulary.Entry unit, int unitEnd, boolean approx,
                   String comparator, String raw) {
        int last() {
            return unit == null ? end : unitEnd;
        }
    }

    /**
     * A measure: one value, a list of values sharing a unit, or a range; of a value unit, a rate unit, or none.
     *
     * @param values the listed values in order (one for a single value or a range's lower end)
     * @param max    the upper end of a range, else null
     * @param unit   the unit of all members
     */
    record Measure(List<BigDecimal> values, BigDecimal max, UnitVocabulary.Entry unit, int begin, int end,
                   boolean approx, String comparator, String raw, List<int[]> spans) {
        boolean isList() {
            return values.size() > 1;
        }

        UnitVocabulary.Kind kind() {
            return unit.kind();
        }
    }

    /** A rate as read, possibly a list or range of rates. */
    record RateMention(List<Rate> rates, int begin, int end, boolean range) {
    }

    /** A cycle count as read. */
    record CycleMention(int cycles, int begin, int end, boolean ordinal) {
    }

    /** All the measures of a sentence that carry a unit, in text order. */
    List<Measure> measures(String text, int offset) {
        if (!hasDigit(text)) {
            return List.of(); // every number, rate and cycle count read here has a digit; most sentences have none
        }
        List<Numeral> numerals = numerals(text);
        List<Measure> measures = new ArrayList<>();
        int i = 0;
        while (i < numerals.size()) {
            Numeral first = numerals.get(i);
            int j = i;
            // A range: "44–71 Ω", "between 44 and 71 Ω", "span 3.4 × 10^-13 to 2.0 × 10^-11 cm2 s-1".
            if (j + 1 < numerals.size() && isRange(text, first, numerals.get(j + 1))) {
                Numeral second = numerals.get(j + 1);
                UnitVocabulary.Entry unit = second.unit() != null ? second.unit() : first.unit();
                if (unit != null && (first.unit() == null || sameUnit(first.unit(), unit))) {
                    BigDecimal low = first.value().min(second.value());
                    BigDecimal high = first.value().max(second.value());
                    boolean pairedEnds = first.value().compareTo(second.value()) > 0;
                    // "1450–480 mAh g-1 at 0.2–5.0 A g-1": descending ends are two values paired with two rates.
                    List<BigDecimal> values = pairedEnds ? List.of(first.value(), second.value()) : List.of(low);
                    measures.add(new Measure(values, pairedEnds ? null : high, unit, first.begin() + offset,
                            second.last() + offset, first.approx(), first.comparator(),
                            text.substring(first.begin(), second.last()),
                            List.of(span(first, offset), span(second, offset))));
                    i = j + 2;
                    continue;
                }
            }
            // "from 35.2 to 48.9 Ω": the first value is written without the unit it shares with the second.
            if (first.unit() == null && j + 1 < numerals.size() && numerals.get(j + 1).unit() != null
                    && text.substring(first.end(), numerals.get(j + 1).begin()).matches("\\s?to\\s?")) {
                Numeral second = numerals.get(j + 1);
                measures.add(new Measure(List.of(first.value()), null, second.unit(), first.begin() + offset,
                        first.end() + offset, first.approx(), first.comparator(), first.raw() + " " + text.substring(
                        second.end(), second.unitEnd()).strip(), List.of(new int[] {first.begin() + offset, first.end() + offset})));
                i = j + 1;
                continue;
            }
            // A list: members joined by commas/"and" whose unit is the last member's (or each member's own).
            while (j + 1 < numerals.size() && listContinues(text, numerals.get(j), numerals.get(j + 1))) {
                j++;
            }
            UnitVocabulary.Entry unit = numerals.get(j).unit();
            if (unit == null) {
                i = j + 1;
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            boolean consistent = true;
            for (int k = i; k <= j; k++) {
                Numeral n = numerals.get(k);
                consistent &= n.unit() == null || sameUnit(n.unit(), unit);
                values.add(n.value());
                spans.add(span(n, offset));
            }
            if (consistent) {
                Numeral last = numerals.get(j);
                measures.add(new Measure(List.copyOf(values), null, unit, first.begin() + offset, last.last() + offset,
                        first.approx(), first.comparator(), text.substring(first.begin(), last.last()), List.copyOf(spans)));
            }
            i = j + 1;
        }
        return measures;
    }

    private static int[] span(Numeral n, int offset) {
        return new int[] {n.begin() + offset, n.last() + offset};
    }

    /** Rates of the sentence: value-and-rate-unit measures, "C/5", "2C", "1C/1C". */
    List<RateMention> rates(String text, int offset, List<Measure> measures) {
        List<RateMention> rates = new ArrayList<>();
        if (!hasDigit(text)) {
            return rates;
        }
        for (Measure m : measures) {
            if (m.kind() != UnitVocabulary.Kind.RATE || FIGURE_LABEL.matcher(
                    text.substring(Math.max(0, m.begin() - offset - 12), m.begin() - offset)).find()) {
                continue;
            }
            RateUnit unit = RateUnit.fromSymbol(m.unit().canonical());
            List<Rate> list = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>(m.values());
            if (m.max() != null) {
                values.add(m.max());
            }
            for (BigDecimal v : values) {
                BigDecimal canonical = v.multiply(BigDecimal.valueOf(m.unit().multiplier()));
                if (canonical.signum() > 0) {
                    list.add(Rate.of(canonical.doubleValue(), unit));
                }
            }
            if (!list.isEmpty()) {
                rates.add(new RateMention(List.copyOf(list), m.begin(), m.end(), m.max() != null || m.values().size() == 2 && m.raw().contains("–")));
            }
        }
        Matcher fraction = C_FRACTION.matcher(text);
        while (fraction.find()) {
            BigDecimal divisor = new BigDecimal(fraction.group(1));
            if (divisor.signum() > 0) {
                rates.add(new RateMention(List.of(Rate.of(BigDecimal.ONE.divide(divisor, MathContext.DECIMAL64).doubleValue(),
                        RateUnit.C)), fraction.start() + offset, fraction.end() + offset, false));
            }
        }
        Matcher compact = COMPACT_C.matcher(text);
        while (compact.find()) {
            BigDecimal value = new BigDecimal(compact.group(1));
            if (value.signum() > 0 && !FIGURE_LABEL.matcher(text.substring(Math.max(0, compact.start() - 12),
                    compact.start())).find()) {
                rates.add(new RateMention(List.of(Rate.of(value.doubleValue(), RateUnit.C)),
                        compact.start() + offset, compact.end() + offset, false));
            }
        }
        rates.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return rates;
    }

    /** Cycle counts: "after 500 cycles", "10 000 cycles", "the 150th cycle", "300-cycle", "cycled 50 times". */
    List<CycleMention> cycles(String text, int offset) {
        List<CycleMention> cycles = new ArrayList<>();
        if (!mentionsCycle(text)) {
            return cycles; // every shape CYCLES reads has "cycle" in it; most sentences have none
        }
        Matcher m = CYCLES.matcher(text);
        while (m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            Integer count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n)
                    : Integer.valueOf(n.replaceAll("[ ,]", ""));
            if (count > 0) {
                cycles.add(new CycleMention(count, m.start() + offset, m.end() + offset, m.group("ord") != null));
            }
        }
        return cycles;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsCycle(String text) {
        for (int i = 0; i + 5 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "cycle", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private List<Numeral> numerals(String text) {
        List<Numeral> numerals = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<BigDecimal> value = value(m);
            int end = m.end();
            if (value.isEmpty()) {
                from = end;
                continue;
            }
            Matcher spread = SPREAD.matcher(text).region(end, text.length());
            int unitFrom = spread.lookingAt() ? spread.end() : end;
            UnitMatch unit = unitAt(text, unitFrom);
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            Matcher bound = BOUND.matcher(before);
            String comparator = null;
            if (bound.find()) {
                comparator = bound.group("gt") != null ? ">" : bound.group("ge") != null ? ">="
                        : bound.group("lt") != null ? "<" : "<=";
            }
            boolean approx = APPROX.matcher(before).find();
            numerals.add(new Numeral(value.get(), m.start(), end, unit == null ? null : unit.entry(),
                    unit == null ? end : unit.end(), approx, comparator, text.substring(m.start(), unit == null ? end : unit.end())));
            from = unit == null ? end : unit.end();
        }
        return numerals;
    }

    private static Optional<BigDecimal> value(Matcher m) {
        try {
            if (m.group("m") != null) {
                return power(new BigDecimal(m.group("m")), m.group("e"));
            }
            if (m.group("p") != null) {
                return power(BigDecimal.ONE, m.group("p"));
            }
            String n = m.group("n").replace(",", "");
            return Optional.of(new BigDecimal(n.startsWith(".") ? "0" + n : n));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** mantissa × 10^exponent; a decimal exponent (10^-12.4) is a log value. */
    private static Optional<BigDecimal> power(BigDecimal mantissa, String exponentText) {
        String e = exponentText.replace('–', '-').replaceAll("\\s", "");
        if (e.contains(".")) {
            double v = mantissa.doubleValue() * Math.pow(10, Double.parseDouble(e));
            return Double.isFinite(v) && v > 0 ? Optional.of(new BigDecimal(v, MathContext.DECIMAL64).round(new MathContext(4)))
                    : Optional.empty();
        }
        return Optional.of(mantissa.scaleByPowerOfTen(Integer.parseInt(e)));
    }

    private record UnitMatch(UnitVocabulary.Entry entry, int end) {
    }

    /** The longest listed unit starting at {@code from} (after spaces), ending at a word boundary. */
    private UnitMatch unitAt(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        UnitMatch best = null;
        int limit = Math.min(text.length(), start + MAX_UNIT_CHARS);
        StringBuilder growing = new StringBuilder(MAX_UNIT_CHARS);
        for (int end = start + 1; end <= limit; end++) {
            PhraseKey.appendKeyChar(growing, text.charAt(end - 1));
            if (growing.isEmpty()) {
                continue;
            }
            String key = growing.toString();
            if (!units.startsAKey(key)) {
                break;
            }
            Optional<UnitVocabulary.Entry> entry = units.lookupKey(key);
            if (entry.isPresent() && boundaryAt(text, end)) {
                best = new UnitMatch(entry.get(), end);
            }
        }
        return best;
    }

    private static boolean boundaryAt(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        if (last == '%') {
            return true;
        }
        return !Character.isLetterOrDigit(next);
    }

    private static boolean sameUnit(UnitVocabulary.Entry a, UnitVocabulary.Entry b) {
        return a.canonical().equals(b.canonical()) && a.kind() == b.kind();
    }

    /** Whether two numerals are the ends of one range. */
    private static boolean isRange(String text, Numeral first, Numeral second) {
        String between = text.substring(first.last(), second.begin());
        if (RANGE_DASH.matcher(between).matches()) {
            return first.unit() == null || second.unit() == null || sameUnit(first.unit(), second.unit());
        }
        Matcher word = RANGE_WORD.matcher(between);
        if (!word.matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, first.begin() - 24), first.begin()).toLowerCase(Locale.ROOT);
        // "between X and Y"; "from X to Y" and "X to Y" only after a range verb ("ranges from", "span X to Y"):
        // after a verb of change they are a before and an after value.
        return word.group(1).equals("and") ? before.stripTrailing().endsWith("between") : RANGE_CUE.matcher(before).find();
    }

    private static boolean listContinues(String text, Numeral current, Numeral next) {
        if (current.unit() != null && next.unit() != null && !sameUnit(current.unit(), next.unit())) {
            return false;
        }
        if (current.unit() != null && next.unit() == null) {
            return false;
        }
        String between = text.substring(current.last(), next.begin());
        return LIST_GLUE.matcher(between).matches();
    }
}
