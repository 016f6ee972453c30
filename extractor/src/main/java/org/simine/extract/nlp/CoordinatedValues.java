package org.simine.extract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a match of coordinated values ("57.9% and 53.6% … at 4 and 6 A g^-1", "53.1 and 150.9 Ω for X and Y",
 * "95.2, 90.8, 77.7 and 48.6%, respectively, at 0.5, 1.0, 2.0 and 3.0 C") into one match per value, pairing values
 * with rates and materials in the order written. A value without its own unit takes the shared one; a rate without
 * its unit ("4 and 6 A g^-1") takes the unit of the last. Lists whose counts differ give nothing.
 */
final class CoordinatedValues {
    /** Slots that belong to the second value only. */
    private static final List<String> SECOND = List.of("value2", "unit1", "unit2", "approx2", "rate_num", "rate2",
            "material2", "cycles2", "value3", "approx3", "material3", "value4", "approx4", "material4");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)?\\s*");
    /** Between the items of a list: ", ", ", and ", " and "; not the comma inside "1,190". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s+(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern TRAILING_PERCENT = Pattern.compile("\\s*%$");
    /** Slots of a list match that no single record takes. */
    private static final List<String> LIST_SLOTS = List.of("values", "rates", "rate_from", "rate_to", "values3", "material3");
    /** Conditions the two values of a pair share: "43.70% and 88.97% at 50 cycles". */
    private static final List<String> SHARED = List.of("cycles");

    private CoordinatedValues() {
    }

    static List<RuleMatch> split(RuleMatch match) {
        if (match.slot("values").isPresent()) {
            return splitList(match);
        }
        if (match.slot("value2").isEmpty() && match.slot("value3").isEmpty()) {
            return List.of(match);
        }
        Map<String, String> first = new HashMap<>(match.slots());
        SECOND.forEach(first::remove);
        Map<String, String> second = new HashMap<>();
        SHARED.forEach(slot -> match.slot(slot).ifPresent(v -> second.put(slot, v)));
        match.slot("value2").ifPresent(v -> second.put("value", v));
        match.slot("approx2").ifPresent(v -> second.put("approx", v));
        match.slot("unit1").ifPresent(u -> first.put("unit", u));
        match.slot("unit2").or(() -> match.slot("unit")).ifPresent(u -> second.put("unit", u));
        match.slot("rate_num").ifPresent(n -> match.slot("rate2").ifPresent(r ->
                first.put("rate", n + " " + unitOf(r))));
        match.slot("rate2").or(() -> match.slot("rate")).ifPresent(r -> second.put("rate", r));
        match.slot("material2").ifPresent(m -> second.put("material", m));
        match.slot("cycles2").ifPresent(c -> second.put("cycles", c));
        List<RuleMatch> out = new ArrayList<>(List.of(at(match, first)));
        if (second.containsKey("value")) {
            out.add(at(match, second));
        }
        // Compared materials: "(62.3% vs. Si/TCC)", "while the Si/CMC-SBR electrode exhibits only ~42%", "than
        // that of CMC (56%) and PAA (62.5%)": their values at the same rate as the value before them.
        compared(match, "value3", "approx3", "material3", first).ifPresent(out::add);
        compared(match, "value4", "approx4", "material4", second.containsKey("value") ? second : first)
                .ifPresent(out::add);
        return out;
    }

    /**
     * A list of N values ("95.2, 90.8, 77.7 and 48.6%"): with N rates ("at 0.5, 1.0, 2.0 and 3.0 C") one record per
     * value, paired in order, and none at all when the counts differ (the pairing would be a guess); over a rate
     * range ("from 0.1 to 5 A g^-1") only the first and last value, whose rates are the range's ends. A second list
     * of another material over the same range ("whereas Si@TiO2 showed … capacities of …") is read the same way.
     */
    private static List<RuleMatch> splitList(RuleMatch match) {
        Map<String, String> shared = new HashMap<>(match.slots());
        LIST_SLOTS.forEach(shared::remove);
        List<String> values = items(match.slot("values").get());
        if (match.slot("rates").isPresent()) {
            List<String> rates = withSharedUnit(items(match.slot("rates").get()));
            if (rates.size() != values.size()) {
                return List.of();
            }
            List<RuleMatch> out = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                out.add(at(match, withValue(shared, values.get(i), rates.get(i), null)));
            }
            return out;
        }
        if (match.slot("rate_from").isEmpty() || match.slot("rate_to").isEmpty()) {
            return List.of();
        }
        String to = match.slot("rate_to").get();
        String from = match.slot("rate_from").get() + " " + unitOf(to);
        List<RuleMatch> out = new ArrayList<>(ends(match, shared, values, from, to, null));
        match.slot("values3").ifPresent(other -> out.addAll(
                ends(match, shared, items(other), from, to, match.slot("material3").orElse(null))));
        return out;
    }

    private static List<RuleMatch> ends(RuleMatch match, Map<String, String> shared, List<String> values,
                                        String from, String to, String material) {
        return List.of(at(match, withValue(shared, values.get(0), from, material)),
                at(match, withValue(shared, values.get(values.size() - 1), to, material)));
    }

    private static Map<String, String> withValue(Map<String, String> shared, String value, String rate, String material) {
        Map<String, String> slots = new HashMap<>(shared);
        slots.put("value", TRAILING_PERCENT.matcher(value).replaceFirst(""));
        slots.put("rate", rate);
        if (material != null) {
            slots.put("material", material);
        }
        return slots;
    }

    private static List<String> items(String list) {
        return List.of(LIST_SEPARATOR.split(list.strip()));
    }

    /** "0.5, 1.0, 2.0 and 3.0 C": a bare number takes the unit of the list's last rate. */
    private static List<String> withSharedUnit(List<String> rates) {
        String unit = unitOf(rates.get(rates.size() - 1));
        return rates.stream().map(r -> BARE_NUMBER.matcher(r).matches() ? r + " " + unit : r).toList();
    }

    /** The unit a number-led rate is written with: "A g^-1" of "6 A g^-1". */
    private static String unitOf(String rate) {
        return LEADING_NUMBER.matcher(rate).replaceFirst("");
    }

    private static Optional<RuleMatch> compared(RuleMatch match, String value, String approx, String material,
                                                Map<String, String> sameConditions) {
        if (match.slot(value).isEmpty() || match.slot(material).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> slots = new HashMap<>();
        slots.put("value", match.slot(value).get());
        slots.put("unit", sameConditions.get("unit"));
        if (sameConditions.containsKey("rate")) {
            slots.put("rate", sameConditions.get("rate"));
        }
        slots.put("material", match.slot(material).get());
        match.slot(approx).ifPresent(a -> slots.put("approx", a));
        return Optional.of(at(match, slots));
    }

    private static RuleMatch at(RuleMatch match, Map<String, String> slots) {
        return new RuleMatch(match.ruleId(), slots, match.begin(), match.end());
    }
}
