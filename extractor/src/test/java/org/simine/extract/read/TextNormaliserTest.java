package org.simine.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ligatures                 | ﬁrst ﬂow eﬀect eﬃcient                  | first flow effect efficient
            soft hyphen               | capa\u00ADcity                           | capacity
            no-break and thin spaces  | 2\u00A0A\u2009g                         | 2 A g
            ohm sign                  | 53.1 \u2126                             | 53.1 Ω
            tilde operator            | ∼36%                                     | ~36%
            degree ring               | 25 ◦C                                    | 25 °C
            subscripts                | Li₁₅Si₄                                  | Li15Si4
            superscript exponent      | 2 A g⁻¹ and cm² s⁻¹                      | 2 A g^-1 and cm^2 s^-1
            braced exponent           | 10^{-12} cm^{2} and R_{ct}               | 10^-12 cm^2 and R_ct
            PDF minus after unit      | 2 A g−1                                  | 2 A g^-1
            PDF minus after ten       | 1.335×10−12 cm2 s−1                      | 1.335×10^-12 cm2 s^-1
            other minus               | a shift of −0.5 V                        | a shift of -0.5 V
            en dash range kept        | 0.01–1.5 V                               | 0.01–1.5 V
            superscript citation      | at 5C.⁶⁸ For the                         | at 5C. For the
            caret citation            | at 5C.^{68} For the                      | at 5C. For the
            grouped citation          | nanotubes.⁶⁷,⁶⁸ Park                     | nanotubes. Park
            PDF glued citation        | at a current density of 5C.68 For the    | at a current density of 5C. For the
            PDF comma citation        | locations,13 and BYD                     | locations, and BYD
            decimal kept              | a value of 86.9 and 5.07 here            | a value of 86.9 and 5.07 here
            repeated spaces           | two   spaces                             | two spaces
            script braces dropped     | D_{Li}^{+} and P_{0.125}Si and R_{ct}    | D_Li^+ and P_0.125Si and R_ct
            script with a space kept  | Li_{x}Si and ^{a, b}                     | Li_xSi and ^{a, b}
            subscript before letter   | Li_{15}Si_{4} anode                      | Li_15Si_4 anode
            PDF minus in superscript  | 10^{−13} cm^{2} s^{−1}                   | 10^-13 cm^2 s^-1
            en dash in superscript    | 200 mA g^{–1}                            | 200 mA g^-1
            superscript degree        | dried at 110^{◦}C and 90 ◦C              | dried at 110°C and 90 °C
            citation list anywhere    | graphite^{6,20–24} layers                | graphite layers
            bracket citation          | layer.^[16] The                          | layer. The
            abbreviated percent       | 2.7 at.% P, 1.4 wt. % V and that.%       | 2.7 at% P, 1.4 wt% V and that.%
            en dash in a name         | SiOx–TiO2, Si@C–PAN and Si–Ge            | SiOx-TiO2, Si@C-PAN and Si-Ge
            en dash in ranges kept    | 0.01–1.5 V, 10–12 cm2 s–1, 2 A–5 A        | 0.01–1.5 V, 10–12 cm2 s–1, 2 A–5 A
            superscript ordinal       | at the 50^th and 2^{nd} cycle, 10^the    | at the 50th and 2nd cycle, 10^the
            garbled minus Latin-1     | 1200 mA h g À1 at 0.5 A g À1.            | 1200 mA h g^-1 at 0.5 A g^-1.
            garbled minus a-macron    | 1310 mAh g1 at 0.2 A gā1                 | 1310 mAh g^-1 at 0.2 A g^-1
            garbled minus question    | 980 mAh·g?1 at 1 A g?1? Yes              | 980 mAh·g^-1 at 1 A g^-1? Yes
            garbled power of ten      | 2.1 × 10 À12 cm2 s À1                    | 2.1 × 10^-12 cm2 s^-1
            garbled conductivity      | 3.2 S cmÀ1 and 4 mA cm À2                | 3.2 S cm^-1 and 4 mA cm^-2
            garbled glyph elsewhere   | Àlvaro's cell at À5 °C: what? 2 A        | Àlvaro's cell at À5 °C: what? 2 A
            area unit kept            | 12.5 Ω cm2 and 3 mA cm2 and Fig. 1 g1    | 12.5 Ω cm2 and 3 mA cm2 and Fig. 1 g1
            """)
    void normalises(String what, String raw, String expected) {
        assertEquals(expected, TextNormaliser.normalise(raw), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            word broken at line end   | fast charg-\\ning performance   | fast charging performance
            name broken at line end   | Si/SHP-\\nPEG electrode          | Si/SHP-PEG electrode
            capital kept apart        | Si-\\ngraphite                   | Si-\\ngraphite
            """)
    void joinsLineEndHyphens(String what, String raw, String expected) {
        assertEquals(expected.replace("\\n", "\n"), TextNormaliser.normalise(raw.replace("\\n", "\n")), what);
    }
}
