package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a match of coordinated values ("57.9% and 53.6% … at 4 and 6 A g^-1", "53.1 and 150.9 Ω for X and Y")
 * into one match per value, pairing values with rates and materials in the order written. A value without its
 * own unit takes the shared one; a rate without its unit ("4 and 6 A g^-1") takes the unit of the other.
 */
final class CoordinatedValues {
    /** Slots that belong to the second value only. */
    private static final List<String> SECOND = List.of("value2", "unit1", "unit2", "approx2", "rate_num", "rate2",
            "material2");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)?\\s*");

    private CoordinatedValues() {
    }

    static List<RuleMatch> split(RuleMatch match) {
        if (match.slot("value2").isEmpty()) {
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
        return List.of(new RuleMatch(match.ruleId(), first, match.begin(), match.end()),
                new RuleMatch(match.ruleId(), second, match.begin(), match.end()));
    }
}
