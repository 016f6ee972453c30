package org.simine.index.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.simine.model.Property;
import org.simine.model.Unit;

/**
 * A name that stands for the records of several properties in {@code property:NAME}, e.g. {@code property:retention}
 * for the rate-capability retentions ({@code capacity_retention}) and the retentions after N cycles
 * ({@code cycling_stability} in %). Each record keeps its own property; the group only selects. Groups are listed in
 * {@code property-groups.tsv}.
 *
 * @param name    the name users type, lower case
 * @param members the properties it covers, each limited to one unit or not
 */
public record PropertyGroup(String name, List<Member> members) {
    /** A property of a group, with all its records ({@code unit} null) or only those in {@code unit}. */
    public record Member(Property property, Unit unit) {
        public Member {
            Objects.requireNonNull(property, "property");
            if (unit != null && !property.accepts(unit)) {
                throw new IllegalArgumentException(property + " has no records in " + unit);
            }
        }
    }

    private static final Map<String, PropertyGroup> ALL = load();

    public PropertyGroup {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a property group needs members");
        }
    }

    /** Every group, in file order. */
    public static List<PropertyGroup> all() {
        return List.copyOf(ALL.values());
    }

    /** The group with this name (typed as users type property names: any case, {@code -} or space for {@code _}). */
    public static Optional<PropertyGroup> named(String typed) {
        return Optional.ofNullable(ALL.get(PropertyNames.key(typed)));
    }

    /** The query term that selects the group's records, e.g. {@code property:retention}. */
    public String term() {
        return "property:" + name;
    }

    /** The properties the group draws records from. */
    public Set<Property> properties() {
        Set<Property> out = EnumSet.noneOf(Property.class);
        members.forEach(m -> out.add(m.property()));
        return out;
    }

    /** The group as a query: each member's property (and unit), OR-ed. */
    QueryNode node() {
        List<QueryNode> any = new ArrayList<>();
        for (Member m : members) {
            QueryNode property = new QueryNode.Exact(SearchField.PROPERTY, m.property().id());
            any.add(m.unit() == null ? property
                    : new QueryNode.And(List.of(property, new QueryNode.Exact(SearchField.UNIT, m.unit().symbol()))));
        }
        return any.size() == 1 ? any.get(0) : new QueryNode.Or(any);
    }

    private static Map<String, PropertyGroup> load() {
        Map<String, List<Member>> members = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("property-groups.tsv", 3)) {
            Unit unit = row[2].equals("*") ? null : Unit.fromSymbol(row[2]);
            members.computeIfAbsent(PropertyNames.key(row[0]), k -> new ArrayList<>())
                    .add(new Member(Property.fromId(row[1]), unit));
        }
        Map<String, PropertyGroup> groups = new LinkedHashMap<>();
        members.forEach((name, m) -> groups.put(name, new PropertyGroup(name, m)));
        return Collections.unmodifiableMap(groups);
    }
}
