package org.simine.extract.table.interpret;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.simine.model.Property;

/**
 * One line of {@code vocab/table-headers.tsv}: headers whose name matches {@code pattern} hold {@code role}.
 *
 * @param id           rule id, recorded as {@code Source.rule} of the records the column gives
 * @param role         what the column holds
 * @param properties   candidate properties in order of preference; a value takes the first that accepts its
 *                     unit (empty for roles without values)
 * @param defaultUnit  canonical unit symbol assumed when the header prints no unit, or null
 * @param unitRequired true when the header must print a unit for the column to be read (names too vague alone)
 * @param pattern      matched against the whole {@link HeaderText#key() header key}
 */
public record HeaderRule(String id, ColumnRole role, List<Property> properties, String defaultUnit,
                         boolean unitRequired, Pattern pattern) {
    public HeaderRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        properties = List.copyOf(properties);
        Objects.requireNonNull(pattern, "pattern");
    }

    boolean matches(String key) {
        return pattern.matcher(key).matches();
    }
}
