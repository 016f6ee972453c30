package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gold set's normalisation examples (SOURCE.md), and plain text passing through unchanged. */
class CellMarkupTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            R_{CT} (Ohm)                                     | RCT (Ohm)
            1.90×10^{-13}                                    | 1.90×10−13
            $\\sim 10^{-7}$                                   | ∼ 10−7
            Ga _{12.6} Sn _{1.0}                             | Ga12.6Sn1.0
            PAA-P(HEA- <i>co</i> -DMA)                       | PAA-P(HEA-co-DMA)
            '5 A g ⁻¹ , ~46%'                                | '5 A g−1, ∼46%'
            D_{Li^+} ($\\text{cm}^2 \\text{ s}^{-1}$)          | DLi+ (cm2 s−1)
            '2C, 1000 cycles, $\\sim 1500 \\text{ mA h g}^{-1}$' | '2C, 1000 cycles, ∼ 1500 mA h g−1'
            'Li-OR , LiO_2COR'                               | 'Li-OR, LiO2COR'
            GaGeSiP ₃                                        | GaGeSiP3
            3 \\times 10^{-9}                                 | 3×10−9
            'already plain: 0.28–0.33, ∼ 71%, 6×10−6 (50 °C)' | 'already plain: 0.28–0.33, ∼ 71%, 6×10−6 (50 °C)'
            """)
    void normalises(String markup, String printed) {
        assertEquals(printed, CellMarkup.normalise(markup));
    }
}
