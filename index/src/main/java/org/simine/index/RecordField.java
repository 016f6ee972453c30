package org.simine.index;

/** Names of the Lucene fields of a record document; the one place they are spelled. */
public enum RecordField {
    /** Stored JSON of the whole record: the source of truth for retrieval, so round trips are exact. */
    JSON("json"),
    DOC("doc"),
    MATERIAL("material"),
    MATERIAL_EXACT("material_exact"),
    PROPERTY("property"),
    UNIT("unit"),
    VALUE("value"),
    LOG10_VALUE("log10_value"),
    RATE_UNIT("rate_unit"),
    RATE("rate"),
    CYCLES("cycles"),
    DOPANT("dopant"),
    SOURCE_KIND("source_kind"),
    PAGE("page"),
    RULE("rule"),
    TEXT("text");

    private final String name;

    RecordField(String name) {
        this.name = name;
    }

    public String fieldName() {
        return name;
    }
}
