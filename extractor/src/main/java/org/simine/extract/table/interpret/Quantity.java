package org.simine.extract.table.interpret;

import java.math.BigDecimal;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.model.Unit;

/**
 * A reading in its canonical unit.
 *
 * @param value value × the unit's multiplier (exact decimal arithmetic, so 1.90×10−13 stays 1.9e-13), or null
 * @param max   upper end of a range, likewise, or null
 * @param unit  the canonical unit, or null when neither the cell nor its column gives one
 */
record Quantity(Double value, Double max, Unit unit) {
    /** The reading in the unit the cell prints, else in the column's unit. */
    static Quantity of(Reading reading, UnitVocabulary.Entry columnUnit) {
        UnitVocabulary.Entry unit = reading.unit() != null ? reading.unit() : columnUnit;
        if (unit == null) {
            return new Quantity(null, null, null);
        }
        BigDecimal multiplier = BigDecimal.valueOf(unit.multiplier());
        return new Quantity(scaled(reading.value(), multiplier), scaled(reading.max(), multiplier),
                Unit.fromSymbol(unit.canonical()));
    }

    private static Double scaled(BigDecimal number, BigDecimal multiplier) {
        return number == null ? null : number.multiply(multiplier).doubleValue();
    }
}
