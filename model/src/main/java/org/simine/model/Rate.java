package org.simine.model;

import java.util.Objects;

/** A charge/discharge rate in a canonical unit, e.g. {@code 2.5 A/g} or {@code 0.1 C}. */
public record Rate(double value, RateUnit unit) {
    public Rate {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException("rate must be a positive finite number, got " + value);
        }
    }

    public static Rate of(double value, RateUnit unit) {
        return new Rate(value, unit);
    }

    @Override
    public String toString() {
        return Numbers.format(value) + " " + unit;
    }
}
