package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.simine.extract.RecordAssertions.assertRate;
import static org.simine.extract.RecordAssertions.find;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.ReadingOrder;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Record;

/** The four silicon-anode papers in shared/papers (see its MANIFEST.md): real layouts from other publishers. */
class SiliconPapersTest {
    private static final String PREFIX = "tsf88-star_battery-paper-translator__";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A_Novel_High-Performance_TiO2-xTiO1-yNy_Coating_Material_for_Silicon_Anode_in_Lithium-Ion_Batteries.pdf | 7 | 10.1002/smtd.202200430
            Achieving_Cycling_Stability_in_Anode_of_Lithium-Ion_Batteries_with_Silicon-Embedded_Titanium_Oxynitride_Microsphere.pdf | 10 | 10.3390/nano13010132
            Controlled_swelling_behavior_and_stable_cycling_of_silicongraphite_granular.pdf | 8 | 10.1016/j.jpowsour.2020.228021
            Freestanding_rGO-SWNT-STN_Composite_Film_as_an_Anode_for_Li_Ion_Batteries_with_High_Energy_and_Power_Densities.pdf | 11 | 10.3390/nano5042380
            """)
    void parsesWithPagesAndDoi(String name, int pages, String doi) throws InputException {
        ExtractionResult result = TestInputs.extractor().extract(paper(name));
        assertEquals(pages, result.pages());
        assertEquals(doi, result.docId());
        result.records().forEach(r -> assertEquals(doi, r.doc()));
    }

    /** MANIFEST: "Si@TTN coating; bare Si retains 30 %, 84 % after 100 cycles at 1 A g-1". */
    @ParameterizedTest
    @CsvSource("A_Novel_High-Performance_TiO2-xTiO1-yNy_Coating_Material_for_Silicon_Anode_in_Lithium-Ion_Batteries.pdf")
    void siTtnRetainsEightyFourPercent(String name) throws InputException {
        ExtractionResult result = TestInputs.extractor().extract(paper(name));
        // Page 4 states the 84 % again ("remained at 84% after 100 cycles", no rate): the abstract's is wanted here.
        Record r = find(result.records().stream().filter(x -> x.source().page() == 1).toList(),
                Property.CYCLING_STABILITY, 84, "Si@TTN");
        assertEquals(100, r.cycles());
        assertRate(r, 1, RateUnit.A_PER_G);
        assertEquals(1, r.source().page());
    }

    /**
     * The Si-TiON paper pastes each figure as a whole page of an earlier version, clipped to the figure: that
     * page's text is in the PDF but invisible, and must not be read (it interleaved with the body on page 6).
     */
    @ParameterizedTest
    @CsvSource("Achieving_Cycling_Stability_in_Anode_of_Lithium-Ion_Batteries_with_Silicon-Embedded_Titanium_Oxynitride_Microsphere.pdf")
    void clippedTextOfPastedPagesIsNotRead(String name) throws InputException {
        String text = ReadingOrder.text(DocumentReaders.read(paper(name)));
        assertFalse(text.contains("FOR PEER REVIEW"), "hidden page header read");
        String sentence = "Si NPs electrode delivered an initial specific capacity of 3193 mA h g^-1 at a current\ndensity";
        assertEquals(1, text.split(java.util.regex.Pattern.quote(sentence), -1).length - 1, "sentence read once, whole");
    }

    private static Path paper(String name) {
        Path papers = TestInputs.shared().resolve("papers");
        Assumptions.assumeTrue(Files.isDirectory(papers), "shared papers folder absent: " + papers);
        Path file = papers.resolve(PREFIX + name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "paper absent: " + file);
        return file;
    }
}
