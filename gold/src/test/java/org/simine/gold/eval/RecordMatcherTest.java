package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.simine.gold.eval.Fixtures.ice;
import static org.simine.gold.eval.Fixtures.rct;
import static org.simine.gold.eval.Fixtures.retention;
import static org.simine.gold.eval.Fixtures.text;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

class RecordMatcherTest {
    private final RecordMatcher matcher = new RecordMatcher(MatchOptions.defaults());

    private Optional<String> strict(Record gold, Record predicted) {
        return matcher.mismatch(gold, predicted, MatchMode.STRICT);
    }

    private Optional<String> tolerant(Record gold, Record predicted) {
        return matcher.mismatch(gold, predicted, MatchMode.TOLERANT);
    }

    @Test
    void defaults() {
        MatchOptions d = MatchOptions.defaults();
        assertEquals(0.01, d.relativeTolerance());
        assertEquals(0.01, d.rateTolerance());
        assertEquals(true, d.requireConditions());
        assertEquals(0.05, d.withRelativeTolerance(0.05).relativeTolerance());
        assertEquals(0.01, d.withRelativeTolerance(0.05).rateTolerance());
        assertThrows(IllegalArgumentException.class, () -> d.withRelativeTolerance(-0.1));
        assertThrows(IllegalArgumentException.class, () -> d.withRateTolerance(Double.NaN));
    }

    @Test
    void identicalRecordsMatchInBothModes() {
        Record gold = ice("BM-Si", 74).build();
        assertEquals(Optional.empty(), strict(gold, text(ice("BM-Si", 74))));
        assertEquals(Optional.empty(), tolerant(gold, text(ice("BM-Si", 74))));
    }

    @Test
    void valueTolerance() {
        Record gold = ice("BM-Si", 74).build();
        // 74.7 is 0.95 % off: tolerant hit, strict miss
        assertEquals(Optional.of("value"), strict(gold, text(ice("BM-Si", 74.7))));
        assertEquals(Optional.empty(), tolerant(gold, text(ice("BM-Si", 74.7))));
        // 74.74 is exactly 1 % off (0.74 = 0.01 * 74): the bound is inclusive
        assertEquals(Optional.empty(), tolerant(gold, text(ice("BM-Si", 74.74))));
        // 74.8 is 1.08 % off: miss
        assertEquals(Optional.of("value"), tolerant(gold, text(ice("BM-Si", 74.8))));
        assertEquals(Optional.of("value"), tolerant(gold, text(ice("BM-Si", 73.2))));
        assertEquals(Optional.empty(),
                new RecordMatcher(MatchOptions.defaults().withRelativeTolerance(0.02))
                        .mismatch(gold, text(ice("BM-Si", 73.2)), MatchMode.TOLERANT));
    }

    @Test
    void tinyValuesUseRelativeTolerance() {
        Record gold = Fixtures.record("Mn-doped Si", Property.LI_DIFFUSION_COEFFICIENT, 1.9e-13, Unit.CM2_PER_S)
                .build();
        Record close = text(Fixtures.record("Mn-doped Si", Property.LI_DIFFUSION_COEFFICIENT, 1.91e-13,
                Unit.CM2_PER_S));
        Record far = text(Fixtures.record("Mn-doped Si", Property.LI_DIFFUSION_COEFFICIENT, 1.9e-12,
                Unit.CM2_PER_S));
        assertEquals(Optional.empty(), tolerant(gold, close)); // 0.53 % off
        assertEquals(Optional.of("value"), tolerant(gold, far)); // an exponent off
    }

    @Test
    void propertyAndUnitMustBeEqual() {
        Record gold = rct("Si", 45).build();
        assertEquals(Optional.of("unit"), tolerant(gold, text(Fixtures.record("Si",
                Property.CHARGE_TRANSFER_RESISTANCE, 45.0, Unit.OHM_CM2))));
        assertEquals(Optional.of("property"), tolerant(ice("Si", 45).build(), text(Fixtures.record("Si",
                Property.CAPACITY_RETENTION, 45.0, Unit.PERCENT))));
    }

    @Test
    void valueMaxMustMatchWhenGoldHasARange() {
        Record gold = Fixtures.record("LiF", Property.LI_MIGRATION_BARRIER, 0.28, Unit.EV).valueMax(0.33).build();
        assertEquals(Optional.of("value_max"),
                tolerant(gold, text(Fixtures.record("LiF", Property.LI_MIGRATION_BARRIER, 0.28, Unit.EV))));
        assertEquals(Optional.empty(), tolerant(gold,
                text(Fixtures.record("LiF", Property.LI_MIGRATION_BARRIER, 0.28, Unit.EV).valueMax(0.33))));
        // gold is a point, prediction a range: value_max is not held against it
        assertEquals(Optional.empty(), strict(Fixtures.record("LiF", Property.LI_MIGRATION_BARRIER, 0.28, Unit.EV)
                .build(), text(Fixtures.record("LiF", Property.LI_MIGRATION_BARRIER, 0.28, Unit.EV).valueMax(0.4))));
    }

    @Test
    void factorOnlyGoldMatchesOnFactor() {
        Record gold = Fixtures.record("Sn,Sb-doped Si", Property.LI_DIFFUSION_COEFFICIENT, null, Unit.CM2_PER_S)
                .factor(10.0).build();
        Record same = text(Fixtures.record("Sn,Sb-doped Si", Property.LI_DIFFUSION_COEFFICIENT, null,
                Unit.CM2_PER_S).factor(10.0));
        Record other = text(Fixtures.record("Sn,Sb-doped Si", Property.LI_DIFFUSION_COEFFICIENT, null,
                Unit.CM2_PER_S).factor(5.0));
        Record withValue = text(Fixtures.record("Sn,Sb-doped Si", Property.LI_DIFFUSION_COEFFICIENT, 3e-12,
                Unit.CM2_PER_S).factor(10.0));
        Record valueOnly = text(Fixtures.record("Sn,Sb-doped Si", Property.LI_DIFFUSION_COEFFICIENT, 3e-12,
                Unit.CM2_PER_S));
        assertEquals(Optional.empty(), strict(gold, same));
        assertEquals(Optional.empty(), tolerant(gold, withValue));
        assertEquals(Optional.of("factor"), tolerant(gold, other));
        assertEquals(Optional.of("factor"), tolerant(gold, valueOnly));
    }

    @Test
    void rateMustAgreeInValueAndUnit() {
        Record gold = retention("BM-Si", 30, 2.5).build();
        assertEquals(Optional.of("rate"), tolerant(gold, text(retention("BM-Si", 30, 2.0))));
        assertEquals(Optional.of("rate"), tolerant(gold, text(retention("BM-Si", 30, 2.5)
                .rate(Rate.of(2.5, RateUnit.C)))));
        // 2.52 A/g is 0.8 % off: tolerant hit, strict miss
        assertEquals(Optional.empty(), tolerant(gold, text(retention("BM-Si", 30, 2.52))));
        assertEquals(Optional.of("rate"), strict(gold, text(retention("BM-Si", 30, 2.52))));
    }

    @Test
    void missingConditionsFailOnlyWhenRequired() {
        Record gold = retention("BM-Si", 30, 2.5).cycles(100).build();
        Record bare = text(Fixtures.record("BM-Si", Property.CAPACITY_RETENTION, 30.0, Unit.PERCENT));
        Record noCycles = text(retention("BM-Si", 30, 2.5));
        Record otherCycles = text(retention("BM-Si", 30, 2.5).cycles(200));
        assertEquals(Optional.of("rate"), tolerant(gold, bare));
        assertEquals(Optional.of("cycles"), tolerant(gold, noCycles));
        assertEquals(Optional.of("cycles"), tolerant(gold, otherCycles));
        RecordMatcher lenient = new RecordMatcher(MatchOptions.defaults().withRequireConditions(false));
        assertEquals(Optional.empty(), lenient.mismatch(gold, bare, MatchMode.TOLERANT));
        assertEquals(Optional.empty(), lenient.mismatch(gold, noCycles, MatchMode.STRICT));
        assertEquals(Optional.of("cycles"), lenient.mismatch(gold, otherCycles, MatchMode.TOLERANT),
                "a different cycle count is still wrong");
    }

    @Test
    void baselineOnlyInStrictModeAndOnlyWhenBothHaveOne() {
        Record gold = rct("Mn-doped Si", 59).baseline(101.0).build();
        Record otherBaseline = text(rct("Mn-doped Si", 59).baseline(120.0));
        Record noBaseline = text(rct("Mn-doped Si", 59));
        assertEquals(Optional.of("baseline"), strict(gold, otherBaseline));
        assertEquals(Optional.empty(), tolerant(gold, otherBaseline));
        assertEquals(Optional.empty(), strict(gold, noBaseline));
    }

    @Test
    void materialStrictAndTolerant() {
        Record gold = ice("Si@C", 80).build();
        assertEquals(Optional.of("material"), strict(gold, text(ice("Si@C-2", 80))));
        assertEquals(Optional.empty(), tolerant(gold, text(ice("Si@C-2", 80))));
        assertEquals(Optional.of("material"), tolerant(gold, text(ice("SiOx", 80))));
    }

    @Test
    void distanceIsRelativeToGold() {
        Record gold = ice("Si", 80).build();
        assertEquals(0.01, RecordMatcher.distance(gold, text(ice("Si", 80.8))), 1e-12);
        assertEquals(0.0, RecordMatcher.distance(gold, text(ice("Si", 80))));
    }
}
