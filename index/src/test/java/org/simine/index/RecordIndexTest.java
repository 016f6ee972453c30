package org.simine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

class RecordIndexTest {
    static Record rct(String doc, String element, double value, double baseline) {
        return Record.builder().doc(doc).material(element + "-doped Si").property(Property.CHARGE_TRANSFER_RESISTANCE)
                .value(value).unit(Unit.OHM).baseline(baseline).raw(Double.toString(value))
                .dopant(Dopant.of(List.of(element), 1.39, Unit.PERCENT))
                .source(Source.table(8, null, "2", 1, 3, element + " row", "table.rct")).build();
    }

    static Record retention(String doc, String material, double value) {
        return Record.builder().doc(doc).material(material).property(Property.CAPACITY_RETENTION).value(value)
                .unit(Unit.PERCENT).approx(true).rate(Rate.of(2, RateUnit.A_PER_G)).raw("~" + value + "%")
                .source(Source.text(3, "2.1", 7, 10, 20, "the Si/C anode retains 67% at 2 A g-1", "ret")).build();
    }

    @Test
    void recordsRoundTripAndRangeQueriesWork(@TempDir Path dir) throws Exception {
        List<Record> paperA = List.of(rct("a", "P", 53.1, 150.9), rct("a", "Mn", 59, 101), retention("a", "Si/C", 67));
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("a", paperA);
            index.commit();
            assertEquals(3, index.count(RecordQuery.all()));
            List<Record> hits = index.search(RecordQuery.of(Property.CHARGE_TRANSFER_RESISTANCE)
                    .withValueRange(null, 60.0).withDopant("P"), 10);
            assertEquals(List.of(paperA.get(0)), hits);
            assertEquals(List.of(paperA.get(2)), index.search(RecordQuery.all().withText("Si/C anode"), 10));
            Map<Property, Integer> counts = index.countByProperty();
            assertEquals(2, counts.get(Property.CHARGE_TRANSFER_RESISTANCE));
            assertEquals(1, counts.get(Property.CAPACITY_RETENTION));
            assertEquals(0, counts.get(Property.LI_MIGRATION_BARRIER));
        }
    }

    @Test
    void replacingADocumentReplacesAllItsRecordsAndSurvivesReopen(@TempDir Path dir) throws Exception {
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("a", List.of(rct("a", "P", 53.1, 150.9), rct("a", "B", 7.42, 13.32)));
            index.replaceDocument("b", List.of(retention("b", "Si NW", 60)));
            index.commit();
            index.replaceDocument("a", List.of(rct("a", "S", 69.93, 150.5)));
            index.commit();
        }
        try (RecordIndex index = RecordIndex.open(dir)) {
            assertEquals(2, index.count(RecordQuery.all()));
            assertEquals(List.of(rct("a", "S", 69.93, 150.5)),
                    index.search(RecordQuery.of(Property.CHARGE_TRANSFER_RESISTANCE), 10));
        }
    }
}
