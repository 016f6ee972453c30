package org.simine.extract.nlp;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One match of a tuple rule: the rule's id, the text of each named slot the rule captured, and the character
 * span of the whole match in the text given to the pipeline.
 *
 * @param ruleId the {@code rule} field of the rule's result, e.g. {@code capacity_retention.pct_cue_at_rate}
 * @param slots  captured slot texts by name ({@code value}, {@code unit}, {@code rate}, …); absent when the
 *               optional part of the pattern did not match
 * @param begin  start character offset of the match
 * @param end    end character offset (exclusive)
 */
public record RuleMatch(String ruleId, Map<String, String> slots, int begin, int end) {
    public RuleMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        slots = Map.copyOf(slots);
    }

    public Optional<String> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }
}
