package org.simine.index.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.simine.index.document.IndexField;

/**
 * The fields a user may name in a query ({@code property:rct}), what kind of value each takes and which index
 * field it searches. The first name is the one shown in messages; the others are accepted as well.
 */
public enum SearchField {
    PROPERTY(Kind.PROPERTY, IndexField.PROPERTY, UnitKind.NONE, "property", "prop"),
    MATERIAL(Kind.MATERIAL, IndexField.MATERIAL_LOWER, UnitKind.NONE, "material", "mat"),
    DOPANT(Kind.ELEMENT, IndexField.DOPANT, UnitKind.NONE, "dopant", "element"),
    DOPING(Kind.NUMBER, IndexField.DOPANT_VALUE, UnitKind.DOPING, "doping", "dopant_value"),
    VALUE(Kind.NUMBER, IndexField.VALUE, UnitKind.VALUE, "value", "v"),
    VALUE_MAX(Kind.NUMBER, IndexField.VALUE_MAX, UnitKind.VALUE, "value_max", "max"),
    BASELINE(Kind.NUMBER, IndexField.BASELINE, UnitKind.VALUE, "baseline"),
    LOG10(Kind.NUMBER, IndexField.LOG10_VALUE, UnitKind.NONE, "log10", "log10_value"),
    FACTOR(Kind.NUMBER, IndexField.FACTOR, UnitKind.NONE, "factor"),
    RATE(Kind.NUMBER, IndexField.RATE, UnitKind.RATE, "rate"),
    CYCLES(Kind.NUMBER, IndexField.CYCLES, UnitKind.NONE, "cycles"),
    TEMPERATURE(Kind.NUMBER, IndexField.TEMPERATURE, UnitKind.TEMPERATURE, "temperature", "temp"),
    CONFIDENCE(Kind.NUMBER, IndexField.CONFIDENCE, UnitKind.NONE, "confidence"),
    PAGE(Kind.NUMBER, IndexField.PAGE, UnitKind.NONE, "page"),
    UNIT(Kind.UNIT, IndexField.UNIT, UnitKind.VALUE, "unit"),
    RATE_UNIT(Kind.UNIT, IndexField.RATE_UNIT, UnitKind.RATE, "rate_unit"),
    DOPING_UNIT(Kind.UNIT, IndexField.DOPANT_UNIT, UnitKind.DOPING, "doping_unit"),
    SOURCE(Kind.CHOICE, IndexField.SOURCE_KIND, UnitKind.NONE, "source", "source_kind"),
    APPROX(Kind.CHOICE, IndexField.APPROX, UnitKind.NONE, "approx"),
    COMPARATOR(Kind.CHOICE, IndexField.COMPARATOR, UnitKind.NONE, "comparator"),
    /** About silicon: the record's material names Si or its paper mentions silicon (decided at ingest). */
    SILICON(Kind.CHOICE, IndexField.SILICON, UnitKind.NONE, "silicon", "si"),
    RULE(Kind.KEYWORD, IndexField.RULE, UnitKind.NONE, "rule"),
    TABLE(Kind.KEYWORD, IndexField.SOURCE_TABLE, UnitKind.NONE, "table"),
    DOC(Kind.KEYWORD, IndexField.DOC, UnitKind.NONE, "doc", "paper", "doi"),
    /** Words in the record's own text (material, value, section, snippet), not elsewhere in its paper. */
    TEXT(Kind.TEXT, IndexField.RECORD_TEXT, UnitKind.NONE, "text", "snippet"),
    SECTION(Kind.TEXT, IndexField.SECTION, UnitKind.NONE, "section"),
    /** Words in the title of the record's paper. */
    TITLE(Kind.PAPER_TEXT, IndexField.TITLE, UnitKind.NONE, "title");

    /** What a field's value is, which decides how it is parsed. */
    public enum Kind {
        PROPERTY, MATERIAL, ELEMENT, NUMBER, UNIT, CHOICE, KEYWORD, TEXT, PAPER_TEXT
    }

    private final Kind kind;
    private final IndexField indexField;
    private final UnitKind units;
    private final List<String> names;

    SearchField(Kind kind, IndexField indexField, UnitKind units, String... names) {
        this.kind = kind;
        this.indexField = indexField;
        this.units = units;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    public IndexField indexField() {
        return indexField;
    }

    UnitKind units() {
        return units;
    }

    /** The name shown to users. */
    public String displayName() {
        return names.get(0);
    }

    public static Optional<SearchField> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(lower)).findFirst();
    }

    public static String displayNames() {
        return String.join(", ", Arrays.stream(values()).map(SearchField::displayName).toList());
    }
}
