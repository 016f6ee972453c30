package org.simine.extract.table.interpret;

import java.math.BigDecimal;
import org.simine.extract.nlp.UnitVocabulary;

/**
 * One number read from a cell, before conversion to the canonical unit.
 *
 * @param value       the number (lower end of a range), or null for a pure factor
 * @param max         upper end of a range, or null
 * @param approx      the cell hedges the number (∼, ~, ≈, ca.)
 * @param comparator  {@code <}, {@code <=}, {@code >}, {@code >=} or null
 * @param temperature °C printed with the number ({@code (50 °C)}), or null
 * @param factor      "10 times increase" → 10; null otherwise
 * @param unit        the unit the cell prints with the number, or null when it relies on the header
 */
public record Reading(BigDecimal value, BigDecimal max, boolean approx, String comparator, Double temperature,
                      BigDecimal factor, UnitVocabulary.Entry unit) {

    /** A single plain number: no range, bound or factor. */
    boolean isSingle() {
        return value != null && max == null && comparator == null && factor == null;
    }
}
