package org.simine.gold.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simine.model.Dopant;
import org.simine.model.Record;
import org.simine.model.Unit;

class MaterialNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Li_{2}O                    | li2o",
            "Li₂O                       | li2o",
            "$\\text{Li}_2\\text{O}$    | li2o",
            "PAA-P(HEA-<i>co</i>-DMA)   | paa-p(hea-co-dma)",
            "Si<sub>3</sub>N<sub>4</sub> | si3n4",
            "Si–C                       | si-c",
            "Si—C                       | si-c",
            "Si−C                       | si-c",
            "Si‐C                       | si-c",
            "Si‒C                       | si-c",
            "3×3 Si                     | 3x3si",
            "'  Si  NW  '               | sinw",
            "Si^{+}                     | si+",
    })
    void normalises(String raw, String expected) {
        assertEquals(expected, MaterialNames.normalise(raw));
    }

    @Test
    void strictMatchComparesNormalisedNames() {
        assertTrue(MaterialNames.strictMatch("Li_{2}O", "Li2O"));
        assertTrue(MaterialNames.strictMatch("PAA-P(HEA-<i>co</i>-DMA)", "PAA-P(HEA-co-DMA)"));
        assertTrue(MaterialNames.strictMatch("Si NWs", "si nws"));
        assertFalse(MaterialNames.strictMatch("Si NW", "Si NWs"));
        assertFalse(MaterialNames.strictMatch("Li2O", null));
        assertTrue(MaterialNames.strictMatch(null, "anything"), "a gold record without material constrains nothing");
    }

    @Test
    void overlapNeedsTwoCharacters() {
        assertTrue(MaterialNames.namesOverlap("Si@C", "Si@C-2"));
        assertTrue(MaterialNames.namesOverlap("porous Si@C", "Si@C"));
        assertTrue(MaterialNames.namesOverlap("Si", "Si NWs"));
        assertFalse(MaterialNames.namesOverlap("C", "Si@C"), "a single character is contained in too much");
        assertFalse(MaterialNames.namesOverlap("Si@C", "SiOx"));
        assertFalse(MaterialNames.namesOverlap("", "Si"));
        assertFalse(MaterialNames.namesOverlap("Si", null));
    }

    @Test
    void dopantsAgreeOnElementSetAndConcentration() {
        Dopant gold = Dopant.of(List.of("Mn"), 0.5, Unit.PERCENT);
        assertTrue(MaterialNames.dopantsAgree(gold, Dopant.of(List.of("mn"), 0.5, Unit.AT_PERCENT), 0.01));
        assertTrue(MaterialNames.dopantsAgree(gold, Dopant.of(List.of("Mn"), null, null), 0.01));
        assertFalse(MaterialNames.dopantsAgree(gold, Dopant.of(List.of("Mn"), 1.0, Unit.PERCENT), 0.01));
        assertFalse(MaterialNames.dopantsAgree(gold, Dopant.of(List.of("Ni"), 0.5, Unit.PERCENT), 0.01));
        assertFalse(MaterialNames.dopantsAgree(gold, Dopant.of(List.of("Mn", "Ni"), 0.5, Unit.PERCENT), 0.01));
        Dopant both = Dopant.of(List.of("Sn", "Sb"), null, null);
        assertTrue(MaterialNames.dopantsAgree(both, Dopant.of(List.of("Sb", "Sn"), 5.0, Unit.AT_PERCENT), 0.01));
        Dopant atomic = Dopant.of(List.of("P"), 1.0, Unit.AT_PERCENT);
        assertFalse(MaterialNames.dopantsAgree(atomic, Dopant.of(List.of("P"), 1.0, Unit.WT_PERCENT), 0.01),
                "at% and wt% are not comparable");
    }

    @Test
    void tolerantMatchUsesTheDopantWhenTheNameDiffers() {
        Record gold = Fixtures.rct("Mn-doped Si", 59).dopant(Fixtures.dopant("Mn", 0.5)).build();
        Record named = Fixtures.text(Fixtures.rct("Si0.995Mn0.005", 59).dopant(
                Dopant.of(List.of("Mn"), 0.5, Unit.AT_PERCENT)));
        Record otherElement = Fixtures.text(Fixtures.rct("Si0.995Ni0.005", 59).dopant(Fixtures.dopant("Ni", 0.5)));
        Record noDopant = Fixtures.text(Fixtures.rct("Si0.995Mn0.005", 59));
        assertTrue(MaterialNames.tolerantMatch(gold, named, 0.01));
        assertFalse(MaterialNames.tolerantMatch(gold, otherElement, 0.01));
        assertFalse(MaterialNames.tolerantMatch(gold, noDopant, 0.01));
        assertTrue(MaterialNames.tolerantMatch(gold, Fixtures.text(Fixtures.rct("Mn-doped Si anode", 59)), 0.01),
                "name containment alone suffices");
    }
}
