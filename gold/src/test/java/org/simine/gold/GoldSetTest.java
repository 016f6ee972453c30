package org.simine.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.SourceKind;
import org.simine.model.Unit;

class GoldSetTest {
    static GoldSet gold;

    @BeforeAll
    static void load() {
        gold = GoldSet.review();
    }

    private static GoldRecord byId(String id) {
        return gold.records().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no gold record " + id));
    }

    private static ProseRecord proseById(String id) {
        return gold.prose().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no prose record " + id));
    }

    /** The issue's examples of values the review states only in prose, as loaded. */
    @Test
    void proseRecordsOfTheIssue() {
        assertEquals(59, gold.prose().size());
        for (ProseRecord p : gold.prose()) {
            assertEquals(SourceKind.TEXT, p.record().source().kind(), p.id());
            assertEquals(ProseRecord.TABLE, p.gold().table(), p.id());
            assertEquals(p.line(), p.gold().row(), p.id());
            assertEquals(p.quote(), p.record().source().snippet(), p.id());
        }
        record Expected(String id, String material, double value, double rate, String rateUnit, String comparator) {
        }
        for (Expected e : List.of(
                new Expected("P-L167-rate-2", "P0.125Si", 50, 8, "A/g", null),
                new Expected("P-L138-rate-1", "SiMn05%", 50, 3.2, "A/g", null),
                new Expected("P-L169-rate-2", "C(x)Si", 79.6, 5, "C", null),
                new Expected("P-L173-rate", "CSMC600", 80, 20, "C", null),
                new Expected("P-L189-rate-2", "Gr-Si", 90, 10, "C", ">"))) {
            Record r = proseById(e.id()).record();
            assertEquals(e.material(), r.material(), e.id());
            assertEquals(Property.CAPACITY_RETENTION, r.property(), e.id());
            assertEquals(e.value(), r.value(), e.id());
            assertEquals(Rate.of(e.rate(), RateUnit.fromSymbol(e.rateUnit())), r.rate(), e.id());
            assertEquals(e.comparator(), r.comparator(), e.id());
        }
        ProseRecord mo = proseById("P-L138-diff");
        assertNull(mo.record().value());
        assertEquals(8.8, mo.record().factor());
        assertEquals(List.of("Mo"), mo.record().dopant().elements());
        ProseRecord implied = proseById("P-L165-mig-2");
        assertNull(implied.record().material());
        assertEquals(ProseRecord.Binding.NONE, implied.binding());
        assertEquals(0.57, implied.record().baseline());
    }

    @Test
    void identity() {
        assertEquals("review-ees2025", gold.name());
        assertEquals("v1", gold.version());
        assertEquals("10.1039/d4ee05595k", gold.doc());
    }

    @Test
    void tableShapes() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), gold.tables().stream().map(GoldTable::label).toList());
        Map<String, Integer> body = new LinkedHashMap<>();
        Map<String, Integer> header = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (GoldTable t : gold.tables()) {
            body.put(t.label(), t.bodyRows().size());
            header.put(t.label(), t.headerRows().size());
            columns.put(t.label(), t.columnCount());
            for (List<String> row : t.bodyRows()) {
                assertEquals(t.columnCount(), row.size(), "table " + t.label() + " row " + row);
            }
        }
        assertEquals(Map.of("1", 9, "2", 17, "3", 13, "4", 9, "5", 14, "6", 11), body);
        assertEquals(73, body.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Map.of("1", 1, "2", 1, "3", 2, "4", 1, "5", 1, "6", 1), header);
        assertEquals(Map.of("1", 5, "2", 7, "3", 7, "4", 4, "5", 5, "6", 4), columns);
        GoldTable t3 = gold.table("3").orElseThrow();
        assertEquals(List.of("Organic coating", "Function", "", "", "", "Rate performance", "Ref."),
                t3.headerRows().get(0));
        assertEquals(List.of("", "Electronic conductivity", "Li+ migration", "Mechanical strength", "Optimize SEI",
                "", ""), t3.headerRows().get(1));
        assertEquals("✓", t3.cell(1, 2));
        // Table 2 prints blank continuation cells; they stay blank.
        GoldTable t2 = gold.table("2").orElseThrow();
        assertEquals("", t2.cell(9, 1));
        assertEquals("", t2.cell(9, 7));
        assertEquals("0.3", t2.cell(9, 2));
    }

    @Test
    void recordCountsPerTable() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GoldTable t : gold.tables()) {
            counts.put(t.label(), gold.recordsOfTable(t.label()).size());
        }
        assertEquals(Map.of("1", 18, "2", 34, "3", 13, "4", 18, "5", 28, "6", 21), counts);
        assertEquals(132, gold.records().size());
        for (int i = 1; i <= 6; i++) {
            assertFalse(gold.recordsOfTable(String.valueOf(i)).isEmpty(), "table " + i + " has records");
        }
        assertTrue(gold.recordsOfTable("7").isEmpty());
    }

    @Test
    void everyRecordIsValidAndConsistent() {
        Set<String> ids = new HashSet<>();
        for (GoldRecord g : gold.records()) {
            assertTrue(ids.add(g.id()), "duplicate id " + g.id());
            assertTrue(g.id().startsWith("T" + g.table() + "-R" + String.format("%02d", g.row()) + "-"), g.id());
            Record r = g.record();
            assertEquals(r, r.toBuilder().build(), g.id() + " survives re-validation");
            assertEquals("10.1039/d4ee05595k", r.doc());
            assertEquals(SourceKind.TABLE, r.source().kind());
            assertEquals("gold", r.source().rule());
            assertEquals(g.table(), r.source().table());
            assertEquals(g.row(), r.source().row());
            GoldTable t = gold.table(g.table()).orElseThrow();
            int column = r.source().column();
            assertTrue(t.headerRows().stream().anyMatch(h -> h.get(column - 1).equals(g.column())),
                    g.id() + " column header '" + g.column() + "' at index " + column);
            assertEquals(t.cell(g.row(), column), r.raw(), g.id() + " raw is the cell");
            assertEquals(r.raw(), r.source().snippet());
            assertTrue(r.property().accepts(r.unit()));
            assertFalse(g.ref().isEmpty(), g.id() + " ref");
            assertNotNull(r.material(), g.id());
        }
    }

    @Test
    void everyTableRowWithAValueHasARecord() {
        for (GoldTable t : gold.tables()) {
            Set<Integer> rows = new HashSet<>();
            gold.recordsOfTable(t.label()).forEach(g -> rows.add(g.row()));
            for (int r = 1; r <= t.bodyRows().size(); r++) {
                assertTrue(rows.contains(r), "table " + t.label() + " body row " + r + " has no record");
            }
        }
    }

    @Test
    void table2CobaltRow() {
        GoldRecord rct = byId("T2-R09-rct");
        assertEquals("96", rct.ref());
        assertEquals("Co-doped Si", rct.record().material());
        assertEquals(Property.CHARGE_TRANSFER_RESISTANCE, rct.record().property());
        assertEquals(6.5, rct.record().value());
        assertEquals(15.8, rct.record().baseline());
        assertEquals(Unit.OHM, rct.record().unit());
        assertEquals(Dopant.of(List.of("Co"), 0.3, Unit.PERCENT), rct.record().dopant());
        assertEquals(3, rct.record().source().column());
        GoldRecord d = byId("T2-R09-diff");
        assertEquals(Property.LI_DIFFUSION_COEFFICIENT, d.record().property());
        assertEquals(7.61e-11, d.record().value(), 1e-20);
        assertEquals(6.92e-11, d.record().baseline(), 1e-20);
        assertEquals(Unit.CM2_PER_S, d.record().unit());
        assertEquals(5, d.record().source().column());
    }

    @Test
    void table2SpecialRows() {
        GoldRecord snSb = byId("T2-R11-diff");
        assertNull(snSb.record().value());
        assertEquals(10.0, snSb.record().factor());
        assertNull(snSb.record().baseline());
        assertEquals(List.of("Sn", "Sb"), snSb.record().dopant().elements());
        assertNull(snSb.record().dopant().value());
        assertEquals("Sn,Sb-doped Si", snSb.record().material());
        assertEquals(424.6, byId("T2-R11-rct").record().baseline());
        GoldRecord n = byId("T2-R17-rct");
        assertEquals(142.7, n.record().value());
        assertNull(n.record().dopant().value());
        GoldRecord cu = byId("T2-R03-rct");
        assertEquals(0.3, cu.record().dopant().value());
        assertTrue(cu.note().contains("approximate"), cu.note());
        assertFalse(cu.record().approx());
        assertEquals("93", byId("T2-R02-diff").ref());
    }

    @Test
    void table1Table3Table4Spots() {
        GoldRecord t1 = byId("T1-R01-rate");
        assertEquals(30.0, t1.record().value());
        assertTrue(t1.record().approx());
        assertEquals(Rate.of(2.5, RateUnit.A_PER_G), t1.record().rate());
        GoldRecord ice = byId("T1-R02-ice");
        assertEquals(45.0, ice.record().value());
        assertTrue(ice.record().approx());
        assertEquals(Property.INITIAL_COULOMBIC_EFFICIENCY, ice.record().property());

        GoldRecord t3 = byId("T3-R11-rate");
        assertEquals("PHATN", t3.record().material());
        assertEquals(20.5, t3.record().value());
        assertEquals(Rate.of(16.5, RateUnit.A_PER_G), t3.record().rate());
        assertEquals(6, t3.record().source().column());

        GoldRecord li2co3 = byId("T4-R02-cond");
        assertEquals(1e-10, li2co3.record().value(), 1e-22);
        assertEquals(1e-8, li2co3.record().valueMax(), 1e-20);
        GoldRecord li3n = byId("T4-R06-cond");
        assertEquals(6e-6, li3n.record().value(), 1e-18);
        assertEquals(50.0, li3n.record().temperature());
        assertEquals(0.007, byId("T4-R06-mig-1").record().value());
        assertEquals(0.038, byId("T4-R06-mig-2").record().value());
        GoldRecord li2o = byId("T4-R01-mig");
        assertEquals(0.28, li2o.record().value());
        assertEquals(0.33, li2o.record().valueMax());
        // "—" cells give no record.
        assertTrue(gold.records().stream().noneMatch(g -> g.id().equals("T4-R03-cond")));
        assertTrue(gold.records().stream().noneMatch(g -> g.id().startsWith("T4-R09-mig")));
    }

    @Test
    void table5Table6Spots() {
        GoldRecord ppye = byId("T5-R02-cyc");
        assertEquals(Property.CYCLING_STABILITY, ppye.record().property());
        assertEquals(1500.0, ppye.record().value());
        assertEquals(Unit.MAH_PER_G, ppye.record().unit());
        assertTrue(ppye.record().approx());
        assertEquals(Rate.of(2, RateUnit.C), ppye.record().rate());
        assertEquals(1000, ppye.record().cycles());
        GoldRecord ccb = byId("T5-R01-cyc");
        assertEquals(88.0, ccb.record().value());
        assertEquals(Unit.PERCENT, ccb.record().unit());
        assertEquals(Rate.of(0.8, RateUnit.A_PER_G), ccb.record().rate());
        assertEquals(250, ccb.record().cycles());

        GoldRecord gage = byId("T6-R04-rate");
        assertEquals(Rate.of(20, RateUnit.MA_PER_CM2), gage.record().rate());
        assertEquals(57.1, gage.record().value());
        assertEquals("Ga12.6Sn1.0", byId("T6-R02-rate").record().material());
        assertEquals("PAA-P(HEA-co-DMA)", byId("T6-R05-cyc").record().material());
        // EGaIn-Mxene prints "2C, 100 cycles" without a value: no cycling record, said in the rate record's note.
        assertTrue(gold.records().stream().noneMatch(g -> g.id().equals("T6-R03-cyc")));
        assertTrue(byId("T6-R03-rate").note().contains("no cycling_stability record"));
    }

    @Test
    void loadingTheSourceFolderGivesTheSameSet() {
        Path dir = Path.of("review-ees2025", "v1");
        assertTrue(Files.isDirectory(dir), "gold folder " + dir.toAbsolutePath());
        GoldSet fromDisk = GoldSet.load(dir);
        assertEquals(gold.tables(), fromDisk.tables());
        assertEquals(gold.records(), fromDisk.records());
        assertEquals(gold.name(), fromDisk.name());
        assertEquals(gold.version(), fromDisk.version());
    }
}
