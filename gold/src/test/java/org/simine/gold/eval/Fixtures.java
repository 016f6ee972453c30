package org.simine.gold.eval;

import java.util.List;
import org.simine.gold.GoldRecord;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/** Hand-made gold and predicted records for the evaluator tests. */
final class Fixtures {
    static final String REVIEW = "10.1039/d4ee05595k";

    private Fixtures() {
    }

    static Record.Builder record(String material, Property property, Double value, Unit unit) {
        return Record.builder().doc(REVIEW).material(material).property(property).value(value).unit(unit)
                .source(Source.table(1, null, "1", 1, 1, null, "gold"));
    }

    static Record.Builder ice(String material, double value) {
        return record(material, Property.INITIAL_COULOMBIC_EFFICIENCY, value, Unit.PERCENT);
    }

    static Record.Builder rct(String material, double value) {
        return record(material, Property.CHARGE_TRANSFER_RESISTANCE, value, Unit.OHM);
    }

    static Record.Builder retention(String material, double value, double rateAPerG) {
        return record(material, Property.CAPACITY_RETENTION, value, Unit.PERCENT)
                .rate(Rate.of(rateAPerG, RateUnit.A_PER_G));
    }

    static Dopant dopant(String element, Double percent) {
        return Dopant.of(List.of(element), percent, percent == null ? null : Unit.PERCENT);
    }

    static GoldRecord gold(String id, String table, Record.Builder record) {
        Record r = record.source(Source.table(1, null, table, 1, 1, null, "gold")).build();
        return new GoldRecord(id, table, 1, "1", "col", r, "");
    }

    /** A prediction read from running text (counts against the "text" bucket when unmatched). */
    static Record text(Record.Builder record) {
        return record.source(Source.text(3, "Results", 7, 0, 10, "snippet", "rule-text")).build();
    }

    /** A prediction read from table {@code table} of the paper. */
    static Record fromTable(String table, Record.Builder record) {
        return record.source(Source.table(5, null, table, 2, 3, "row", "rule-table")).build();
    }
}
