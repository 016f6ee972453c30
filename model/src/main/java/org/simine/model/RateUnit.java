package org.simine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Canonical units of a charge/discharge rate (mA g^-1 is converted to A/g, C/10 to 0.1 C). */
public enum RateUnit {
    C("C"),
    A_PER_G("A/g"),
    MA_PER_CM2("mA/cm^2");

    private final String symbol;

    RateUnit(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static RateUnit fromSymbol(String symbol) {
        for (RateUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown rate unit '" + symbol + "'");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
