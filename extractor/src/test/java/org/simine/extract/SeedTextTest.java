package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.simine.extract.RecordAssertions.assertProvenance;
import static org.simine.extract.RecordAssertions.find;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/** The review's text version: same DOI, one unpaginated page, the same hand-checked values as the PDF. */
class SeedTextTest {
    @Test
    void seedTextGivesTheReviewsValues() throws InputException {
        Path seed = TestInputs.shared().resolve("seed").resolve("000_c76b6b6f1e7802de.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed text not found at " + seed);
        ExtractionResult result = TestInputs.extractor().extract(seed);
        assertEquals("10.1039/d4ee05595k", result.docId());
        assertEquals(1, result.pages());
        assertNull(result.title(), "plain text states no title");

        Document document = DocumentReaders.read(seed);
        for (Record r : result.records()) {
            assertNull(r.source().page(), "text input has no pages");
            if (r.source().kind() == SourceKind.TEXT) {
                assertProvenance(r, result.docId(), document.pages().get(0).text());
            }
        }
        // The text version prints Table 1 in the middle of this sentence, cutting "the YS-Si/C anode" off.
        find(result.records(), Property.INITIAL_COULOMBIC_EFFICIENCY, 86.9, null);
        find(result.records(), Property.CAPACITY_RETENTION, 50, "SiMn05%");
        assertEquals(450, find(result.records(), Property.CYCLING_STABILITY, 957, "SiNPs@titanocene-70").cycles());
    }

    /** The seed's six tab-separated tables reach the records through the extractor's table source. */
    @Test
    void seedTextGivesTheTableRecords() throws InputException {
        Path seed = TestInputs.shared().resolve("seed").resolve("000_c76b6b6f1e7802de.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed text not found at " + seed);
        List<Record> tables = TestInputs.extractor().extract(seed).records().stream()
                .filter(r -> r.source().kind() == SourceKind.TABLE).toList();
        GoldSet gold = GoldSet.review();
        EvalReport report = new Evaluator().evaluate(gold.records(), tables);
        assertTrue(report.tolerant().micro().f1() >= 0.97, report::toSummaryMarkdown);
        assertEquals(gold.tables().stream().map(t -> t.label()).toList(),
                tables.stream().map(r -> r.source().table()).distinct().toList(), "tables in reading order");
    }
}
