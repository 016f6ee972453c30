package org.simine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where in a paper a value was read: running text or a table cell. */
public enum SourceKind {
    TEXT("text"),
    TABLE("table");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static SourceKind fromId(String id) {
        for (SourceKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
