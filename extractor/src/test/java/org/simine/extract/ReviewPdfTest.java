package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.simine.extract.RecordAssertions.assertProvenance;
import static org.simine.extract.RecordAssertions.assertRate;
import static org.simine.extract.RecordAssertions.find;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.SourceKind;
import org.simine.model.io.RecordJson;

/** The review PDF end to end; expected values were read by hand from the review's running text. */
class ReviewPdfTest {
    private static Path pdf;
    private static ExtractionResult result;

    @BeforeAll
    static void extract() throws InputException {
        pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF not found under simine.root/corpus or simine.shared/corpus");
        result = TestInputs.extractor().extract(pdf);
    }

    @Test
    void identifiesTheReview() {
        assertEquals("10.1039/d4ee05595k", result.docId());
        assertEquals(24, result.pages());
        assertEquals(pdf, result.file());
        assertTrue(result.title().startsWith("Revisiting the kinetics enhancement strategies of Si anodes"), result.title());
    }

    @Test
    void everyRecordPointsAtItsEvidence() throws InputException {
        Document document = DocumentReaders.read(pdf);
        List<Record> textRecords = result.records().stream()
                .filter(r -> r.source().kind() == SourceKind.TEXT).toList();
        assertTrue(textRecords.size() >= 10, "too few text records: " + textRecords.size());
        int previousSentence = -1;
        for (Record r : textRecords) {
            int page = r.source().page();
            assertTrue(page >= 1 && page <= 24, "page " + page);
            assertProvenance(r, result.docId(), document.pages().get(page - 1).text());
            assertTrue(r.source().sentence() >= previousSentence, "records come in reading order");
            previousSentence = r.source().sentence();
        }
    }

    /** Table records name their table, row and column, and their snippet holds the value's cell text. */
    @Test
    void everyTableRecordPointsAtItsCell() {
        List<Record> tableRecords = result.records().stream()
                .filter(r -> r.source().kind() == SourceKind.TABLE).toList();
        assertEquals(132, tableRecords.size(), "the review's six tables hold 132 gold values");
        for (Record r : tableRecords) {
            assertTrue(r.source().table().matches("[1-6]"), r.source().toString());
            assertTrue(r.source().row() >= 1 && r.source().column() >= 1, r.source().toString());
            assertTrue(List.of(3, 8, 12, 13, 17, 18).contains(r.source().page()), r.source().toString());
            assertTrue(r.source().snippet().contains(r.raw()), r.raw() + " not in " + r.source().snippet());
        }
    }

    /** What {@code simine extract} prints must validate against the published record schema. */
    @Test
    void recordsAreSchemaValid() throws Exception {
        JsonSchema schema;
        try (InputStream in = Record.class.getResourceAsStream("record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (Record r : result.records()) {
            assertEquals(java.util.Set.of(), schema.validate(RecordJson.toTree(r)), RecordJson.toJson(r));
        }
    }

    /** Page 5: "the YS-Si/C anode delivers a high ICE of 86.9% and 67% capacity retention at … 2 A g−1". */
    @Test
    void iceAndRetentionOfYolkShellSiC() {
        Record ice = find(result.records(), Property.INITIAL_COULOMBIC_EFFICIENCY, 86.9, "YS-Si/C");
        assertEquals(5, ice.source().page());
        assertEquals("2.1 Shorten the Li^+ diffusion distance", ice.source().section(), "section from the layout");
        Record retention = find(result.records(), Property.CAPACITY_RETENTION, 67, "YS-Si/C");
        assertRate(retention, 2, RateUnit.A_PER_G);
        assertEquals(ice.source().sentence(), retention.source().sentence(), "same sentence");
        assertEquals(0.8, retention.confidence());
    }

    /** Pages 6 and 8: doped and composite anodes. */
    @Test
    void retentionOfDopedAndCompositeAnodes() {
        assertRate(find(result.records(), Property.CAPACITY_RETENTION, 50, "SiMn05%"), 3.2, RateUnit.A_PER_G);
        assertRate(find(result.records(), Property.CAPACITY_RETENTION, 50, "P0.125Si"), 8, RateUnit.A_PER_G);
        assertRate(find(result.records(), Property.CAPACITY_RETENTION, 79.6, "C(x)Si"), 5, RateUnit.C);
        assertRate(find(result.records(), Property.CAPACITY_RETENTION, 20, "Si-graphite"), 10.5, RateUnit.MA_PER_CM2);
        Record macs = find(result.records(), Property.CAPACITY_RETENTION, 36, "MACS");
        assertTrue(macs.approx(), "∼36% is hedged");
        assertRate(macs, 5, RateUnit.C);
        assertEquals(0.8, macs.confidence(), "\"The MACS anode\" names its sample in the sentence");
        assertEquals("sentence", macs.source().binding());
    }

    /** Page 10: "the SiNPs@titanocene-70 anode obtains a high retention capacity of 957 mA h g−1 after 450 cy-cles". */
    @Test
    void cyclingStabilityAcrossAHyphenatedLineBreak() {
        Record r = find(result.records(), Property.CYCLING_STABILITY, 957, "SiNPs@titanocene-70");
        assertEquals(450, r.cycles());
        assertEquals(10, r.source().page());
    }

    /** Traps in the review: the theoretical capacity (∼3580 mA h g−1, Li15Si4) and citation numbers. */
    @Test
    void trapsGiveNoRecords() {
        List<Record> records = result.records();
        assertTrue(records.stream().noneMatch(r -> r.value() != null && r.value() == 3580), "theoretical capacity");
        assertTrue(records.stream().noneMatch(r -> r.value() != null && r.value() == 68), "citation 68 after 5C.");
        assertTrue(records.stream().noneMatch(r -> "Li15Si4".equals(r.material())), "Li15Si4 is a phase");
    }
}
