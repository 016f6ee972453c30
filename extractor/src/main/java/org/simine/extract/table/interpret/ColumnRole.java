package org.simine.extract.table.interpret;

import java.util.Locale;

/** What a table column holds, as named in {@code vocab/table-headers.tsv}. */
public enum ColumnRole {
    /** One or more numbers of a property in the header's unit (lists, ranges, factors allowed). */
    VALUE,
    /** The comparison value of the same row's VALUE column of the same property ("Original RCT"). */
    BASELINE,
    /** Composite "rate, value" cells: capacity retention (or capacity) at a rate. */
    RATE_PERFORMANCE,
    /** Composite "rate, cycles, value" cells: retention or capacity after cycling. */
    CYCLING,
    /** Dopant concentration of the row's material. */
    CONCENTRATION,
    /** Dopant element symbols of the row's material. */
    DOPANT,
    /** The row's material or sample name. */
    MATERIAL,
    /** A charge/discharge rate that conditions the row's capacity values. */
    RATE,
    /** A cycle count that conditions the row's capacity values. */
    CYCLES,
    /** Reference numbers: never values. */
    REF,
    /** Known columns that carry no record (descriptions, check marks, other quantities). */
    IGNORE;

    /** The id used in the vocabulary file: lower case, {@code _} as {@code -} ({@code rate-performance}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ColumnRole fromId(String id) {
        for (ColumnRole r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown column role '" + id + "'");
    }
}
