package org.simine.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {
    @Test
    void authorLinesWithAffiliationMarks() {
        assertEquals(List.of("Pingshan Jia", "Junpo Guo", "Qing Li", "Huaiyu Shao"),
                Byline.names("Pingshan Jia,^†,a Junpo Guo,^†,b Qing Li,^b and Huaiyu Shao^a"));
        assertEquals(List.of("S. H. Moon", "J. Y. So"), Byline.names("S. H. Moon^1* and J. Y. So^2"));
    }

    @Test
    void linesThatAreNotNames() {
        assertEquals(List.of(), Byline.names("Received 27th November 2024, Accepted 3rd February 2025"));
        assertEquals(List.of(), Byline.names("The anode was cycled at 1 C, and the capacity faded."));
    }
}
