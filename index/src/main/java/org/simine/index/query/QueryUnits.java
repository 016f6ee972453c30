package org.simine.index.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units a user may type after a number in a query, from {@code units.tsv}: each converts to a canonical unit
 * of the record model by an exact decimal factor ({@code 500mA/g} → 0.5 A/g, {@code 0.06kOhm} → 60 Ohm).
 */
final class QueryUnits {
    /** A typed unit resolved: the canonical symbol and the factor from typed numbers to canonical ones. */
    record Resolved(String canonical, BigDecimal factor) {
    }

    /** What a unit spelling gave: a unit, or why not. */
    record Lookup(Resolved unit, String problem) {
    }

    private static final Map<UnitKind, Map<String, Resolved>> EXACT = new EnumMap<>(UnitKind.class);
    private static final Map<UnitKind, Map<String, List<Resolved>>> FOLDED = new EnumMap<>(UnitKind.class);
    private static final Map<UnitKind, Set<String>> EXAMPLES = new EnumMap<>(UnitKind.class);

    static {
        for (String[] row : TsvResource.rows("units.tsv", 4)) {
            UnitKind kind = UnitKind.valueOf(row[0].toUpperCase(Locale.ROOT));
            Resolved unit = new Resolved(row[2], new BigDecimal(row[3]));
            String key = normalise(row[1]);
            EXACT.computeIfAbsent(kind, k -> new HashMap<>()).put(key, unit);
            List<Resolved> folded = FOLDED.computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!folded.contains(unit)) {
                folded.add(unit);
            }
            EXAMPLES.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(row[1]);
        }
    }

    private QueryUnits() {
    }

    static Lookup resolve(UnitKind kind, String typed) {
        String key = normalise(typed);
        Resolved exact = EXACT.getOrDefault(kind, Map.of()).get(key);
        if (exact != null) {
            return new Lookup(exact, null);
        }
        List<Resolved> folded = FOLDED.getOrDefault(kind, Map.of()).getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
        if (folded.size() == 1) {
            return new Lookup(folded.get(0), null);
        }
        if (folded.size() > 1) {
            return new Lookup(null, "ambiguous unit '" + typed + "' (mind the case: m is milli, M is mega)");
        }
        return new Lookup(null, "unknown unit '" + typed + "' (known: " + String.join(", ", examples(kind)) + ")");
    }

    /** Canonical unit symbols of a kind, for {@code unit:} and {@code rate_unit:} terms. */
    static Optional<String> canonical(UnitKind kind, String typed) {
        Lookup lookup = resolve(kind, typed);
        return Optional.ofNullable(lookup.unit()).map(Resolved::canonical);
    }

    static Set<String> examples(UnitKind kind) {
        return EXAMPLES.getOrDefault(kind, Set.of());
    }

    /** One spelling per unit: no spaces, dots or carets, plain digits, 'ohm' for Ω, '-' for any minus. */
    static String normalise(String unit) {
        StringBuilder sb = new StringBuilder();
        for (char c : unit.toCharArray()) {
            switch (c) {
                case ' ', '\u00B7', '\u22C5', '*', '^', '_' -> { }
                case '\u03A9', '\u2126' -> sb.append("ohm"); // Greek capital omega, ohm sign
                case '\u2212', '\u207B', '\u2013' -> sb.append('-'); // minus sign, superscript minus, en dash
                case '\u00B9' -> sb.append('1');
                case '\u00B2' -> sb.append('2');
                case '\u00B3' -> sb.append('3');
                case '\u00B5', '\u03BC' -> sb.append('u'); // micro sign, Greek mu
                default -> sb.append(c);
            }
        }
        String s = sb.toString();
        // "Ohm" and "ohm" are one unit; keep the case of a prefix in front of it (mOhm vs MOhm).
        return s.replace("Ohm", "ohm").replace("OHM", "ohm");
    }
}
