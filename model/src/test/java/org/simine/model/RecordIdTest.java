package org.simine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordIdTest {
    static final Record ICE = Record.builder().doc("10.1000/x").material("Si@C")
            .property(Property.INITIAL_COULOMBIC_EFFICIENCY).value(86.9).unit(Unit.PERCENT).raw("86.9%")
            .source(Source.text(3, null, 12, 100, 105, "The Si@C anode shows an ICE of 86.9%.", "ice.cue"))
            .confidence(0.9).build();

    @Test
    void theSameFactGetsTheSameIdWhateverTheRuleOrConfidence() {
        String id = RecordId.of(ICE);
        assertTrue(RecordId.isWellFormed(id), id);
        Record rescored = ICE.toBuilder().confidence(0.5)
                .source(Source.text(3, null, 12, 100, 105, "The Si@C anode shows an ICE of 86.9%.", "ice.other"))
                .build();
        assertEquals(id, RecordId.of(rescored));
    }

    @Test
    void anotherValueMaterialOrPlaceGetsAnotherId() {
        String id = RecordId.of(ICE);
        assertNotEquals(id, RecordId.of(ICE.toBuilder().value(87.0).build()));
        assertNotEquals(id, RecordId.of(ICE.toBuilder().material("Si").build()));
        assertNotEquals(id, RecordId.of(ICE.toBuilder()
                .source(Source.text(4, null, 12, 100, 105, "same", "ice.cue")).build()));
    }

    @Test
    void onlySixteenLowerCaseHexDigitsAreWellFormed() {
        assertTrue(RecordId.isWellFormed("0123456789abcdef"));
        assertFalse(RecordId.isWellFormed("0123456789ABCDEF"));
        assertFalse(RecordId.isWellFormed("../../etc/passwd"));
        assertFalse(RecordId.isWellFormed(null));
        assertFalse(RecordId.isWellFormed("0123456789abcde"));
    }
}
