package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line-end hyphens: broken words are joined, real hyphens kept, the document's own spelling decides. */
class HyphenationTest {
    /** The document spells "co-authors" with its hyphen inside a line, and never "coauthors". */
    private static final Hyphenation DOCUMENT = Hyphenation.of(List.of(
            LineText.line(LineTextTest.glyphs("c", "o", "-", "a", "u", "t", "h", "o", "r", "s", " ", "x"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lower-case word broken     | fast charg-        | ing performance | fast charging performance
            capital part kept          | the Si-            | graphite anode  | the Si-graphite anode
            name after capital kept    | Si/SHP-            | PEG binder      | Si/SHP-PEG binder
            digit part kept            | the 10-            | 20 nm range     | the 10-20 nm range
            soft hyphen dropped        | Micro\u00AD        | meritics        | Micromeritics
            document spelling kept     | and co-            | authors found   | and co-authors found
            """)
    void joins(String what, String line, String next, String expected) {
        assertEquals(expected, DOCUMENT.join(line.strip(), next.strip()), what);
    }
}
