package org.simine.gold.statements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Score;
import org.simine.model.Property;

/**
 * The counts of one {@link MatchMode} over a statements file.
 *
 * @param mode       the mode
 * @param micro      over all records of all rows
 * @param properties per property, in enum order: a match and a miss count against the expected record's property,
 *                   a false positive against its own. Lists every property with anything counted in either mode
 * @param shapes     per shape name, in name order: the counts of the rows of that shape
 */
public record StatementsModeReport(MatchMode mode, Score micro, Map<Property, Score> properties,
                                   Map<String, Score> shapes) {
    public StatementsModeReport {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(micro, "micro");
        EnumMap<Property, Score> p = new EnumMap<>(Property.class);
        p.putAll(properties);
        properties = Collections.unmodifiableMap(p);
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    }

    /** A property's counts, {@link Score#EMPTY} when nothing was counted for it. */
    public Score property(Property property) {
        return properties.getOrDefault(property, Score.EMPTY);
    }

    /** A shape's counts, {@link Score#EMPTY} for an unknown shape. */
    public Score shape(String shape) {
        return shapes.getOrDefault(shape, Score.EMPTY);
    }
}
