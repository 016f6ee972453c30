package org.simine.index.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.TestRecords;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.PaperWriter;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.SourceKind;
import org.simine.model.Unit;

class RecordDocumentsTest {
    /** Records that exercise every field, absent fields, extreme numbers and non-ASCII text. */
    static List<Record> variety() {
        Record full = Record.builder().doc("10.1039/d4ee05595k").material("P0.125Si@C–Ω “test”")
                .property(Property.CYCLING_STABILITY).value(0.1 + 0.2).valueMax(0.33).unit(Unit.PERCENT).approx(true)
                .comparator(">=").raw("≥ 0.3–0.33 %").rate(Rate.of(1.0 / 3, RateUnit.MA_PER_CM2))
                .cycles(1500).baseline(-0.0).factor(1e300).temperature(-20.5)
                .dopant(Dopant.of(List.of("P", "B"), 1e-7, Unit.PPM))
                .source(new Source(SourceKind.TABLE, 24, "5 Conclusions", "S1", 3, 4, 17, 5, 9,
                        "Row with\ttab and \"quotes\"\nand a new line", "table.cycling"))
                .confidence(0.0).build();
        Record factorOnly = Record.builder().doc("sha256:abc").property(Property.ELECTRONIC_CONDUCTIVITY)
                .unit(Unit.S_PER_CM).factor(10.0).source(Source.text(null, null, 0, null, null, null, "x")).build();
        Record tiny = TestRecords.dli("sha256:abc", "Si", 1.335e-12);
        Record negative = Record.builder().doc("d").property(Property.LI_MIGRATION_BARRIER).unit(Unit.EV)
                .value(-Double.MIN_VALUE).source(Source.text(1, null, 2, 0, 1, "s", "r")).build();
        return List.of(full, factorOnly, tiny, negative, TestRecords.rct("d", "Mn", 59, 101),
                TestRecords.retention("d", "Si/C", 67, 2, RateUnit.A_PER_G));
    }

    @Test
    void everyRecordRoundTripsThroughItsDocument() {
        for (Record r : variety()) {
            Document d = RecordDocuments.toDocument(r, 3);
            assertEquals(r, RecordDocuments.toRecord(d));
        }
    }

    @Test
    void everyRecordRoundTripsThroughAnIndexOnDisk(@TempDir Path dir) throws Exception {
        List<Record> records = variety().stream().map(r -> r.toBuilder().doc("paper").build()).toList();
        try (SiMineIndex index = SiMineIndex.open(dir); PaperWriter writer = index.writer()) {
            writer.put(new ExtractedPaper("paper", null, null, 1, List.of(), records), "/paper", "h", Instant.EPOCH,
                    null);
        }
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            assertEquals(records, index.records(""));
        }
        // Read back with Lucene alone as well: the stored JSON is the whole record.
        try (var directory = FSDirectory.open(dir); var reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            List<Record> raw = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                if (d.get(IndexField.JSON.fieldName()) != null) {
                    raw.add(RecordDocuments.toRecord(d));
                }
            }
            assertEquals(records, raw);
        }
    }

    @Test
    void papersAndPassagesRoundTrip() {
        Paper paper = new Paper("10.1/x", "A title", "10.1/x", "/a/b.pdf", "sha256:00", 12,
                Instant.ofEpochMilli(1_764_000_000_123L), 28, 140);
        assertEquals(paper, PaperDocuments.toPaper(PaperDocuments.toDocument(paper)));
        Paper untitled = new Paper("sha256:1", null, null, "/c.txt", "sha256:1", 1, Instant.EPOCH, 0, 0);
        assertEquals(untitled, PaperDocuments.toPaper(PaperDocuments.toDocument(untitled)));
        Passage passage = new Passage("10.1/x", 7, 3, "2.1 Shorten", "Some text.");
        assertEquals(passage, PassageDocuments.toPassage(PassageDocuments.toDocument(passage)));
        Passage plain = new Passage("sha256:1", 0, null, null, "Plain text.");
        assertEquals(plain, PassageDocuments.toPassage(PassageDocuments.toDocument(plain)));
    }
}
