package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.simine.extract.nlp.VocabularyFile;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Unit;

/**
 * The header mappings of {@code vocab/table-headers.tsv}, in file order: the first rule whose pattern matches a
 * header's key wins, so specific names ("original rct") come before general ones ("rct").
 */
public final class HeaderVocabulary {
    static final String RESOURCE = "/vocab/table-headers.tsv";
    private static final String NONE = "-";
    private static final String REQUIRED = "*";

    private final List<HeaderRule> rules;

    private HeaderVocabulary(List<HeaderRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @throws IllegalStateException when a line is malformed (unknown role, property or unit, bad pattern,
     *                               repeated id), naming the line: the file ships with the code
     */
    public static HeaderVocabulary load() {
        List<HeaderRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<String> row : VocabularyFile.rows(RESOURCE, 5)) {
            try {
                HeaderRule rule = rule(row);
                if (!ids.add(rule.id())) {
                    throw new IllegalArgumentException("repeated rule id");
                }
                rules.add(rule);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": bad line " + row + ": " + e.getMessage(), e);
            }
        }
        return new HeaderVocabulary(rules);
    }

    /** The first rule matching the header's key. */
    public Optional<HeaderRule> match(HeaderText header) {
        String key = header.key();
        return key.isEmpty() ? Optional.empty() : rules.stream().filter(r -> r.matches(key)).findFirst();
    }

    private static void requireUnitSymbol(String symbol) {
        try {
            Unit.fromSymbol(symbol);
        } catch (IllegalArgumentException notAValueUnit) {
            RateUnit.fromSymbol(symbol);
        }
    }

    private static HeaderRule rule(List<String> row) {
        ColumnRole role = ColumnRole.fromId(row.get(1));
        List<Property> properties = row.get(2).equals(NONE) ? List.of()
                : Arrays.stream(row.get(2).split("\\|")).map(String::strip).map(Property::fromId).toList();
        String unit = row.get(3);
        if (!unit.equals(NONE) && !unit.equals(REQUIRED)) {
            requireUnitSymbol(unit);
        }
        // Spaces in a pattern are for reading only: keys have no whitespace.
        String regex = row.get(4).replace(" ", "");
        try {
            return new HeaderRule(row.get(0), role, properties,
                    unit.equals(NONE) || unit.equals(REQUIRED) ? null : unit, unit.equals(REQUIRED),
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern: " + e.getDescription(), e);
        }
    }
}
