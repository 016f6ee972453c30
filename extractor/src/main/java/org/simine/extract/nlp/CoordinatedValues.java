package org.simine.extract.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a match of coordinated values ("57.9% and 53.6% … at 4 and 6 A g^-1", "53.1 and 150.9 Ω for X and Y")
 * into one match per value, pairing values with rates and materials in the order written. A value without its
 * own unit takes the shared one; a rate without its unit ("4 and 6 A g^-1") takes the unit of the other.
 */
final class CoordinatedValues {
    /** Slots that belong to the second value only. */
    private static final List<String> SECOND = List.of("value2", "unit1", "unit2", "approx2", "rate_num", "rate2",
            "material2", "value3", "approx3", "material3", "value4", "approx4", "material4");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)?\\s*");

    private CoordinatedValues() {
    }

    static List<RuleMatch> split(RuleMatch match) {
        if (match.slot("value2").isEmpty() && match.slot("value3").isEmpty()) {
            return List.of(match);
        }
        Map<String, String> first = new HashMap<>(match.slots());
        SECOND.forEach(first::remove);
        Map<String, String> second = new HashMap<>();
        match.slot("value2").ifPresent(v -> second.put("value", v));
        match.slot("approx2").ifPresent(v -> second.put("approx", v));
        match.slot("unit1").ifPresent(u -> first.put("unit", u));
        match.slot("unit2").or(() -> match.slot("unit")).ifPresent(u -> second.put("unit", u));
        match.slot("rate_num").ifPresent(n -> match.slot("rate2").ifPresent(r ->
                first.put("rate", n + " " + LEADING_NUMBER.matcher(r).replaceFirst(""))));
        match.slot("rate2").or(() -> match.slot("rate")).ifPresent(r -> second.put("rate", r));
        match.slot("material2").ifPresent(m -> second.put("material", m));
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
