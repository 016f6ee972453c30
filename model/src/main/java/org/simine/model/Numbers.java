package org.simine.model;

import java.math.BigDecimal;

/** Formatting of numbers for people: shortest exact decimal, scientific notation for tiny or huge values. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        double abs = Math.abs(value);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e7)) {
            return String.format(java.util.Locale.ROOT, "%s", Double.toString(value)).replace("E", "e");
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
