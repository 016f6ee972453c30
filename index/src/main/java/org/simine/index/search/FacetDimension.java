package org.simine.index.search;

import org.simine.index.document.IndexField;

/** What records can be counted by: each dimension reads one keyword field's doc values. */
public enum FacetDimension {
    PROPERTY("property", IndexField.PROPERTY),
    DOPANT("dopant", IndexField.DOPANT),
    RATE_UNIT("rate_unit", IndexField.RATE_UNIT),
    SOURCE_KIND("source", IndexField.SOURCE_KIND),
    UNIT("unit", IndexField.UNIT),
    MATERIAL("material", IndexField.MATERIAL),
    PAPER("paper", IndexField.DOC);

    private final String label;
    private final IndexField field;

    FacetDimension(String label, IndexField field) {
        this.label = label;
        this.field = field;
    }

    public String label() {
        return label;
    }

    IndexField field() {
        return field;
    }
}
