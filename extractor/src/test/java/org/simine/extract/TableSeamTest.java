package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.table.Table;
import org.simine.extract.table.TableSource;
import org.simine.extract.table.text.TextTableSource;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/** Tables reach the extractor's records through its {@link TableSource}, after the running text's records. */
class TableSeamTest {
    @TempDir
    Path dir;

    @Test
    void tablesOfAnySourceBecomeRecordsAfterTheTextRecords() throws IOException, InputException {
        Path file = dir.resolve("paper.txt");
        Files.writeString(file, "The Si@C anode delivers 80% capacity retention at 2 A g−1.\n\n"
                + "Table 1 Rates\nSample\tRate performance\tRef.\nSi@C\t5 A g−1, ∼46%\t12\n");
        Table fromLayer = Table.ofTexts("S2", "", 7, List.of(List.of("Sample", "Rct (Ω)")), List.of(List.of("Si", "59")));
        SiMineExtractor extractor = SiMineExtractor.create(new TextTableSource().and(document -> List.of(fromLayer)));

        List<Record> records = extractor.extract(file).records();

        assertEquals(List.of(SourceKind.TEXT, SourceKind.TABLE, SourceKind.TABLE),
                records.stream().map(r -> r.source().kind()).toList(), records::toString);
        Record retention = records.get(1);
        assertEquals(Property.CAPACITY_RETENTION, retention.property());
        assertEquals("1", retention.source().table());
        assertEquals("Si@C 5 A g−1, ∼46% 12", retention.source().snippet());
        assertEquals("table.cell.rate_performance", retention.source().rule());
        Record rct = records.get(2);
        assertEquals(Property.CHARGE_TRANSFER_RESISTANCE, rct.property());
        assertEquals(7, rct.source().page());
        assertTrue(records.stream().allMatch(r -> r.doc().equals(records.get(0).doc())));
    }

    /** PDFs get their tables from the PDF table layer; the text-export source must not read them as text. */
    @Test
    void textExportSourceLeavesPdfsAlone() throws InputException {
        Document pdf = new Document("id", dir.resolve("missing.pdf"), null, null, List.of(new Page(1, "Table 1 x")), true);
        assertEquals(List.of(), new TextTableSource().tables(pdf));
    }
}
