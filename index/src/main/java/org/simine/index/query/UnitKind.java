package org.simine.index.query;

/** Which unit table a numeric search field reads its units from (see {@code units.tsv}). */
enum UnitKind {
    /** Record values, value_max and baseline: the property's canonical units. */
    VALUE,
    /** Rates: C, A/g, mA/cm^2 and their convertible spellings; a rate query must name one. */
    RATE,
    /** Dopant concentrations. */
    DOPING,
    TEMPERATURE,
    /** A plain number (cycles, page, confidence, factor, log10). */
    NONE
}
