package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.ExtractionResult;
import org.simine.extract.TestInputs;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.table.Table;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/** The six publisher files read and extracted: metadata, sections, scripts, tables, provenance. */
class SharedMarkupFilesTest {
    static List<String> files() {
        return SharedXml.FILES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void extractsWithoutErrorAndEveryTextRecordPointsIntoItsParagraph(String name) throws Exception {
        Path file = SharedXml.file(name);
        ExtractionResult result = TestInputs.extractor().extract(file);
        Document d = result.document();
        assertTrue(d.format().markup(), d.format().toString());
        assertFalse(d.paginated());
        Page page = d.pages().get(0);
        for (Record r : result.records()) {
            assertNull(r.source().page(), "markup has no pages: " + r);
            if (r.source().kind() == SourceKind.TEXT) {
                Integer paragraph = r.source().paragraph();
                assertNotNull(paragraph, r::toString);
                Block block = page.blocks().get(paragraph);
                assertTrue(block.start() <= r.source().start() && r.source().end() <= block.end(), r::toString);
                assertEquals(block.section(), r.source().section(), r::toString);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            els_test1.xml  | ELSEVIER_XML | 10.1016/j.est.2021.103685     | Journal of Energy Storage          | 2022 | Investigation of the use of extended surfaces
            els_test2.xml  | ELSEVIER_XML | 10.1016/s0360-3199(00)00111-7 | International Journal of Hydrogen Energy | 2001 | The effect of temperature on the electrode properties of the directly prepared Ti_3Ni_2 alloy
            rsc_test1.html | HTML         | 10.1039/d1cp04047b            | Physical Chemistry Chemical Physics | 2022 | Structural transformation and electrochemical properties of a nanosized flower-like R-MnO_2 cathode
            rsc_test2.html | HTML         | 10.1039/c2jm15197a            | Journal of Materials Chemistry     | 2012 | Surface modification of electrospun TiO_2 nanofibers
            spr_test1.xml  | JATS_XML     | 10.1186/s11671-021-03631-x    | Nanoscale Research Letters         | 2021 | Nano and Battery Anode: A Review
            spr_test3.xml  | JATS_XML     | 10.1007/s12034-021-02591-3    | Bulletin of Materials Science      | 2021 | Improvement of hydriding kinetics of LaNi_5-type metal alloy
            """)
    void metadataComesFromTheMarkup(String name, DocumentFormat format, String doi, String journal, int year,
                                    String title) throws Exception {
        Document d = DocumentReaders.read(SharedXml.file(name));
        assertEquals(format, d.format());
        assertEquals(doi, d.doi());
        assertEquals(doi, d.id());
        assertEquals(journal, d.info().journal());
        assertEquals(year, d.info().year());
        assertTrue(d.title().startsWith(title), d.title());
    }

    @Test
    void sectionsScriptsAndCitationsOfTheRscPaper() throws Exception {
        Document d = DocumentReaders.read(SharedXml.file("rsc_test2.html"));
        String text = d.pages().get(0).text();
        assertTrue(text.contains("in rechargeable lithium-ion batteries (LIBs) that are widely used in portable "
                + "electronic devices and electric vehicles. In particular"), "citation ^1 dropped");
        assertTrue(text.contains("slow kinetics of Li^+ diffusion (~10^-15 to 10^-9 cm^2 s^-1)"), "scripts marked");
        assertTrue(text.contains("the previous results for TiO_2. Moreover"), "citation group ^7a,11 dropped");
        List<String> headings = d.pages().get(0).blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(Block::text).toList();
        assertEquals(List.of("Abstract", "Introduction", "Experimental details", "Preparation of TiO_2 nanofibers",
                "Preparation of MoO_2-modified TiO_2 nanofibers", "Materials characterization",
                "Electrochemical measurements", "Results and discussion", "Conclusions", "Acknowledgements"), headings);
        assertFalse(text.contains("J. Power Sources, 1999"), "references are not running text");
    }

    @Test
    void elsevierCalsTableWithTwoHeaderRowsAndFootnote() throws Exception {
        Document d = DocumentReaders.read(SharedXml.file("els_test2.xml"));
        Table t = d.tables().get(0);
        assertEquals("1", t.label());
        assertEquals(2, t.headerRows().size());
        assertEquals(List.of("Environment temperature", "Discharge capacity", "Activation cycle number",
                "High-rate dischargeability", "Capacity retentivity"), Table.grid(t.headerRows(), 5).get(0));
        assertEquals("C25(mA h/g)", Table.grid(t.headerRows(), 5).get(1).get(1));
        assertEquals(List.of("278", "145.5", "6", "36.0", "62.2"), Table.grid(t.bodyRows(), 5).get(0));
        String text = d.pages().get(0).text();
        assertTrue(text.contains("a C_300/C_60,C_300 is the discharge capacity at 300 mA/g"), "table footnote as aside");
        assertTrue(text.contains("Ti_3Ni_2 alloy reaches 384.4 mA h/g (corresponding to Ti_3Ni_2H_3.7) at 353 K"));
    }

    @Test
    void jatsTablesDropCitationsAndKeepMultiParagraphCells() throws Exception {
        Document d = DocumentReaders.read(SharedXml.file("spr_test1.xml"));
        Table t2 = d.tables().get(1);
        assertEquals("2", t2.label());
        assertEquals(List.of("Mechanical milling MWNT made by chemical vapor deposition", "SWNT", "600 mAh/g", ""),
                Table.grid(t2.bodyRows(), 4).get(0));
        assertEquals(13, t2.bodyRows().size());
        String text = d.pages().get(0).text();
        assertTrue(text.contains("the distance between the plates reaches 3.5 Å."), "[5–10] dropped with brackets");
    }
}
