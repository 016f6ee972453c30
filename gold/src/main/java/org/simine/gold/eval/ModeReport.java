package org.simine.gold.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.simine.model.Property;

/**
 * Scores of one {@link MatchMode}.
 *
 * @param mode            the matching mode
 * @param micro           counts over all records
 * @param macroTables     mean over the review tables with anything counted in this mode (gold records or
 *                        false positives); {@link TableLabels#TEXT} excluded
 * @param macroProperties mean over the properties with anything counted in this mode
 * @param tables          per table label in {@link TableLabels#ORDER}, including the {@code text} bucket when
 *                        untabled predictions were left unmatched. A true positive and a miss count against
 *                        the gold record's table; a false positive against its own {@code source().table()}.
 *                        Both modes list the same labels: a label with nothing counted in this mode has
 *                        {@link Score#EMPTY} (scores 1 by convention; left out of the macro average).
 * @param properties      per property in enum order, same rules; a false positive counts against its own
 *                        property
 * @param matches         true positives in gold order
 * @param misses          gold records not matched, in gold order
 * @param falsePositives  predictions not matched, in prediction order
 */
public record ModeReport(
        MatchMode mode,
        Score micro,
        MacroScore macroTables,
        MacroScore macroProperties,
        Map<String, Score> tables,
        Map<Property, Score> properties,
        List<Match> matches,
        List<Miss> misses,
        List<FalsePositive> falsePositives) {

    public ModeReport {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(micro, "micro");
        Objects.requireNonNull(macroTables, "macroTables");
        Objects.requireNonNull(macroProperties, "macroProperties");
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        EnumMap<Property, Score> byProperty = new EnumMap<>(Property.class);
        byProperty.putAll(properties);
        properties = Collections.unmodifiableMap(byProperty);
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    /** The score of a table label, or {@link Score#EMPTY} when the table had no gold and no predictions. */
    public Score table(String label) {
        return tables.getOrDefault(label, Score.EMPTY);
    }

    /** The score of a property, or {@link Score#EMPTY} when it had no gold and no predictions. */
    public Score property(Property property) {
        return properties.getOrDefault(property, Score.EMPTY);
    }
}
