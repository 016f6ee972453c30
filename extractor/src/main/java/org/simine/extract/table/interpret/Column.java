package org.simine.extract.table.interpret;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.model.Property;
import org.simine.model.Unit;

/**
 * The meaning of one table column.
 *
 * @param index  1-based column
 * @param header the column's header texts top to bottom, joined by " / " (for messages and tests)
 * @param role   what the column holds; {@link ColumnRole#IGNORE} for unknown or unusable headers
 * @param rule   the header rule that gave the role, or null when no rule matched
 * @param unit   unit of the column's bare numbers (value unit, or rate unit for {@link ColumnRole#RATE}),
 *               or null when the cells must print their own
 */
public record Column(int index, String header, ColumnRole role, HeaderRule rule, UnitVocabulary.Entry unit) {
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(role, "role");
    }

    static Column ignored(int index, String header, HeaderRule rule) {
        return new Column(index, header, ColumnRole.IGNORE, rule, null);
    }

    /** Candidate properties of the rule, in order of preference. */
    public List<Property> properties() {
        return rule == null ? List.of() : rule.properties();
    }

    /** The first candidate property that accepts {@code unit}. */
    public Optional<Property> propertyFor(Unit unit) {
        return properties().stream().filter(p -> p.accepts(unit)).findFirst();
    }

    /** The rule id, or "" for an unmapped column. */
    public String ruleId() {
        return rule == null ? "" : rule.id();
    }
}
