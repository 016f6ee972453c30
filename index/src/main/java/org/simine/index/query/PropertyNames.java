package org.simine.index.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.simine.model.Property;

/**
 * Property ids and the short names users type for them ({@code rct}, {@code dli}, {@code ice}), from a TSV; names
 * of several properties are {@link PropertyGroup}s.
 */
final class PropertyNames {
    private static final Map<String, Property> BY_NAME = new HashMap<>();
    private static final List<String> ALIASES;

    static {
        for (Property p : Property.values()) {
            BY_NAME.put(p.id(), p);
        }
        List<String[]> rows = TsvResource.rows("property-aliases.tsv", 2);
        for (String[] row : rows) {
            BY_NAME.put(key(row[0]), Property.fromId(row[1]));
        }
        ALIASES = rows.stream().map(r -> r[0]).toList();
    }

    private PropertyNames() {
    }

    static Optional<Property> find(String typed) {
        return Optional.ofNullable(BY_NAME.get(key(typed)));
    }

    /**
     * The query for a typed property name: a group ({@link PropertyGroup}) or one property ({@code rct},
     * {@code charge_transfer_resistance}); empty when the name is unknown. Group names come first.
     */
    static Optional<QueryNode> query(String typed) {
        Optional<PropertyGroup> group = PropertyGroup.named(typed);
        if (group.isPresent()) {
            return Optional.of(group.get().node());
        }
        return find(typed).map(p -> new QueryNode.Exact(SearchField.PROPERTY, p.id()));
    }

    /** The names users may type besides the ids: groups first, then aliases. */
    static List<String> names() {
        List<String> names = new java.util.ArrayList<>(PropertyGroup.all().stream().map(PropertyGroup::name).toList());
        names.addAll(ALIASES);
        return names;
    }

    static String key(String typed) {
        return typed.toLowerCase(Locale.ROOT).replace("+", "").replace("⁺", "").replace('-', '_').replace(' ', '_');
    }
}
