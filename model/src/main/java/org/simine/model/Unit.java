package org.simine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Canonical units of record values. Every extracted value is converted to one of these. */
public enum Unit {
    OHM("Ohm"),
    /** Area-specific resistance; kept apart from Ohm because it cannot be converted without the electrode area. */
    OHM_CM2("Ohm cm^2"),
    CM2_PER_S("cm^2/s"),
    PERCENT("%"),
    AT_PERCENT("at%"),
    WT_PERCENT("wt%"),
    PPM("ppm"),
    MAH_PER_G("mAh/g"),
    S_PER_CM("S/cm"),
    EV("eV");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static Unit fromSymbol(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
