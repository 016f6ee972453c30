package org.simine.index.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiliconMentionTest {
    @Test
    void materialsNamingSilicon() {
        for (String m : List.of("Si", "Si@C", "SiO_x", "P_0.125Si", "P-doped Si", "Cu@Si@Cu", "silicon nanowires", "SiNW")) {
            assertTrue(SiliconMention.material(m), m);
        }
        for (String m : List.of("graphite", "Sn", "Sinter-C", "LiFePO4", "S/C")) {
            assertFalse(SiliconMention.material(m), m);
        }
        assertFalse(SiliconMention.material(null));
    }

    @Test
    void aPaperIsAboutSiliconFromThreeMentions() {
        assertTrue(SiliconMention.paper("Silicon anodes", List.of("Si particles and Si wires.")));
        assertFalse(SiliconMention.paper("Sulfur cathodes", List.of("A Si wafer was the substrate.", "Sinter and Sn.")));
        assertFalse(SiliconMention.paper(null, List.of("Silicon twice: silicon.")));
    }
}
