package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.simine.model.Rate;
import org.simine.model.RateUnit;

class NumberAndRateParserTest {
    private static final RateParser RATES = new RateParser(UnitVocabulary.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            86.9              | 86.9
            2                 | 2
            '1,190'           | 1190
            1.3e-12           | 1.3e-12
            1.335 × 10^-12    | 1.335e-12
            1.41×10^-11       | 1.41e-11
            10^-12            | 1e-12
            10 ^ - 12         | 1e-12
            5.5 × 10^{-2}     | 0.055
            """)
    void parsesNumbers(String text, double expected) {
        Optional<BigDecimal> parsed = NumberParser.parse(text);
        assertTrue(parsed.isPresent(), text);
        assertEquals(expected, parsed.get().doubleValue(), 0.0, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "10-12", "×10"})
    void rejectsNonNumbers(String text) {
        assertEquals(Optional.empty(), NumberParser.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 A g^-1        | 2     | A/g
            2 A g−1         | 2     | A/g
            500 mA g-1      | 0.5   | A/g
            3.2 A/g         | 3.2   | A/g
            5C              | 5     | C
            0.1 C           | 0.1   | C
            C/10            | 0.1   | C
            0.5 C.          | 0.5   | C
            10.5 mA cm^-2   | 10.5  | mA/cm^2
            """)
    void parsesRates(String text, double value, String unit) {
        assertEquals(Optional.of(Rate.of(value, RateUnit.fromSymbol(unit))), RATES.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 C", "C/0", "2 V", "25 °C", "5 mA h g-1", "fast"})
    void rejectsNonRates(String text) {
        assertEquals(Optional.empty(), RATES.parse(text));
    }
}
