package org.simine.gold.eval;

/** The two ways a prediction can match a gold record; see {@link RecordMatcher}. */
public enum MatchMode {
    /** Same numbers (to 1e-9 relative), same conditions, same normalised material name. */
    STRICT("strict"),
    /** Numbers within {@link MatchOptions} tolerances, material names overlapping or dopants agreeing. */
    TOLERANT("tolerant");

    private final String id;

    MatchMode(String id) {
        this.id = id;
    }

    /** Lower-case name used in JSON, Markdown and regression keys. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
