package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordJson;

/**
 * ingest, search, export and stats in-process on a real on-disk index built from the review PDF, a small text
 * paper whose sentences the current rules extract (R_ct, D_Li⁺, dopants, LiFSI) and a truncated PDF.
 */
class IndexCommandsTest {
    static final String PAPER = """
            Phosphorus-doped silicon anodes in LiFSI electrolyte

            We used 1 M LiFSI in EC/DEC to form a LiF-rich interphase on the silicon anodes.
            The R_ct of the P-doped Si anode decreased from 150.9 to 53.1 Ω.
            The R_ct of the B-doped Si anode decreased from 13.32 to 7.42 Ω.
            The P-doped Si anode delivers a D_Li+ of 1.335 × 10−12 cm2 s−1.
            The D_Li+ of the Si anode increased from 5.68 × 10−14 to 3.1 × 10−13 cm2 s−1 after doping.
            The Si@C electrode keeps 45% capacity retention at 500 mA g−1.
            The P-doped Si anode delivers 74% capacity retention at a current density of 5C.
            The B-doped Si anode achieves a 91.2% ICE.
            """;
    static final String OTHER_PAPER = """
            Manganese-doped silicon with LiPF6

            The R_ct of the Mn-doped Si anode decreased from 101 to 59 Ω.
            The Si/C electrode retains 79.6% at 5C.
            """;

    @TempDir
    static Path tmp;
    static Path papers;
    static String index;
    static CliTest.Run firstIngest;

    @BeforeAll
    static void ingest() throws Exception {
        papers = Files.createDirectories(tmp.resolve("papers"));
        Files.copy(CliTest.REVIEW, papers.resolve("review.pdf"));
        Files.write(papers.resolve("broken.pdf"), Arrays.copyOf(Files.readAllBytes(CliTest.REVIEW), 3000));
        Files.writeString(papers.resolve("lifsi.txt"), PAPER, StandardCharsets.UTF_8);
        Files.writeString(papers.resolve("lipf6.txt"), OTHER_PAPER, StandardCharsets.UTF_8);
        index = tmp.resolve("index").toString();
        firstIngest = CliTest.run("ingest", papers.toString(), "--index", index);
    }

    /**
     * Records of the two text papers (their ids are file hashes). Queries for R_ct, D_Li⁺ and dopants are checked on
     * them, because the review gives such records only from tables, which the extractor does not read yet.
     */
    static List<Record> fromTextPapers(List<Record> records) {
        return records.stream().filter(r -> r.doc().startsWith("sha256:")).toList();
    }

    static long exportedCount() {
        return CliTest.run("export", "--index", index).out().lines().count();
    }

    static List<Record> search(String... queryAndOptions) throws Exception {
        String[] args = new String[queryAndOptions.length + 5];
        args[0] = "search";
        System.arraycopy(queryAndOptions, 0, args, 1, queryAndOptions.length);
        System.arraycopy(new String[] {"--index", index, "--format", "jsonl"}, 0, args, queryAndOptions.length + 1, 4);
        CliTest.Run r = CliTest.run(args);
        assertEquals(0, r.code(), r.err());
        return RecordJson.readJsonl(new StringReader(r.out()));
    }

    @Test
    void ingestReportsTheBrokenPdfAndIngestsEverythingElse() {
        assertEquals(2, firstIngest.code(), firstIngest.err());
        assertTrue(firstIngest.out().startsWith("ingested 3, replaced 0, skipped 0, failed 1 of 4 files"),
                firstIngest.out());
        assertTrue(firstIngest.out().contains("failed  " + papers.resolve("broken.pdf") + ": not a readable PDF"),
                firstIngest.out());
        // Not a terminal: one plain progress line per file, with rate and ETA.
        assertEquals(4, firstIngest.err().lines().filter(l -> l.matches("ingest \\[\\d/4 [\\d.]+ files/s, ETA .*")).count(),
                firstIngest.err());
    }

    @Test
    void reIngestingTheSameFolderAddsNothing() throws Exception {
        long before = exportedCount();
        CliTest.Run again = CliTest.run("ingest", papers.toString(), "--index", index);
        assertTrue(again.out().startsWith("ingested 0, replaced 0, skipped 3, failed 1 of 4 files"), again.out());
        assertEquals(before, exportedCount());
        assertTrue(CliTest.run("stats", "--index", index).out().contains(": 3 papers,"));
    }

    @Test
    void pDopedSiWithRctBelow60Ohm() throws Exception {
        List<Record> all = search("property:charge_transfer_resistance value:<60 dopant:P", "--limit", "100");
        assertTrue(all.stream().allMatch(r -> r.property() == Property.CHARGE_TRANSFER_RESISTANCE && r.value() < 60
                && r.dopant().elements().contains("P")), all.toString());
        List<Record> hits = fromTextPapers(all);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("P-doped Si", hits.get(0).material());
        assertEquals(53.1, hits.get(0).value());
        assertEquals(150.9, hits.get(0).baseline());
        // Aliases and units; the Mn-doped record at 59 Ω is below 60 but not P-doped.
        assertEquals(all, search("property:rct value:<0.06kOhm dopant:p", "--limit", "100"));
        assertEquals(List.of(7.42, 53.1, 59.0), fromTextPapers(search("property:rct value:<60", "--sort", "value",
                "--limit", "100")).stream().map(Record::value).toList());
    }

    @Test
    void retentionOfAtLeast70PercentAtAtLeast5C() throws Exception {
        List<Record> hits = search("property:capacity_retention value:>=70 rate:>=5C", "--limit", "100");
        assertTrue(hits.size() >= 3, hits.toString());
        for (Record r : hits) {
            assertEquals(Property.CAPACITY_RETENTION, r.property());
            assertTrue(r.value() >= 70 && r.rate().unit() == RateUnit.C && r.rate().value() >= 5, r.toString());
        }
        assertTrue(hits.stream().anyMatch(r -> "P-doped Si".equals(r.material()) && r.value() == 74), hits.toString());
        assertTrue(hits.stream().anyMatch(r -> "Si/C".equals(r.material()) && r.value() == 79.6), hits.toString());
        assertTrue(hits.stream().anyMatch(r -> r.doc().equals("10.1039/d4ee05595k")), "review records at >= 5C");
    }

    @Test
    void papersMentioningLiFsiWithDLi() throws Exception {
        List<Record> hits = search("\"LiFSI\" AND property:li_diffusion_coefficient", "--limit", "100");
        assertTrue(hits.stream().allMatch(r -> r.property() == Property.LI_DIFFUSION_COEFFICIENT), hits.toString());
        assertEquals(List.of(1.335e-12, 3.1e-13), fromTextPapers(hits).stream().map(Record::value).toList());
        assertEquals(List.of(), fromTextPapers(search("\"LiPF6\" AND property:dli")));
        CliTest.Run table = CliTest.run("search", "LiFSI AND property:dli", "--index", index);
        assertTrue(table.out().contains("paper: "), table.out());
        assertTrue(table.out().contains("**LiFSI**"), table.out());
    }

    @Test
    void theReviewGivesSiMn05At3point2AgPerGram() throws Exception {
        List<Record> hits = search("property:capacity_retention value:>=50", "--limit", "100");
        assertTrue(hits.stream().anyMatch(r -> "SiMn05%".equals(r.material()) && r.value() == 50
                && r.rate().value() == 3.2 && r.rate().unit() == RateUnit.A_PER_G), hits.toString());
        assertTrue(hits.stream().allMatch(r -> r.value() >= 50), hits.toString());
    }

    @Test
    void materialsAndUnitConvertedRates() throws Exception {
        assertEquals(List.of("Si@C"), fromTextPapers(search("material:Si@C")).stream().map(Record::material).toList());
        assertEquals(List.of(3.1e-13), fromTextPapers(search("value:<1e-12")).stream().map(Record::value).toList());
        List<Record> fast = search("rate:>=500mA/g", "--limit", "100");
        assertTrue(fast.stream().anyMatch(r -> "Si@C".equals(r.material())), fast.toString());
        assertTrue(fast.stream().allMatch(r -> r.rate().unit() == RateUnit.A_PER_G && r.rate().value() >= 0.5));
    }

    @Test
    void tableShowsMaterialValueConditionsPaperPageSnippetAndFacets() {
        CliTest.Run r = CliTest.run("search", "property:capacity_retention", "value:>=50", "--index", index,
                "--limit", "50");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SiMn05%"), r.out());
        assertTrue(r.out().contains("at 3.2 A/g"), r.out());
        assertTrue(r.out().contains("Revisiting the kinetics"), r.out());
        assertTrue(r.out().contains("with **50%** capacity retention"), r.out());
        assertTrue(r.out().matches("(?s).*\\nproperty: +capacity_retention \\d+.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\nrate_unit: +C \\d+ · A/g \\d+.*"), r.out());
    }

    @Test
    void exportedRecordsEqualWhatExtractGivesForTheSameFiles() throws Exception {
        CliTest.Run extracted = CliTest.run("extract", papers.resolve("review.pdf").toString(),
                papers.resolve("lifsi.txt").toString(), papers.resolve("lipf6.txt").toString());
        Path out = tmp.resolve("all.jsonl");
        CliTest.Run export = CliTest.run("export", "--index", index, "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        // Table records have no character offsets: order by the whole record.
        Comparator<Record> order = Comparator.comparing(Record::doc).thenComparing(RecordJson::toJson);
        List<Record> expected = RecordJson.readJsonl(new StringReader(extracted.out())).stream().sorted(order).toList();
        List<Record> actual = RecordJson.readJsonl(Files.newBufferedReader(out)).stream().sorted(order).toList();
        assertEquals(expected, actual);
        assertTrue(export.err().contains("exported " + expected.size() + " records"), export.err());
    }

    @Test
    void exportCsvUsesTheStableHeader() throws Exception {
        CliTest.Run r = CliTest.run("export", "property:rct", "--format", "csv", "--index", index);
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join(",", RecordCsv.HEADER), r.out().lines().findFirst().orElseThrow());
        List<Record> exported = RecordCsv.read(new StringReader(r.out()));
        assertEquals(search("property:rct", "--sort", "paper", "--limit", "1000"), exported);
    }

    @Test
    void statsCountByPropertyMaterialAndPaper() {
        CliTest.Run r = CliTest.run("stats", "--index", index);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)index .*: 3 papers, \\d+ passages, \\d+ records.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  charge_transfer_resistance +\\d+\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  P-doped Si +\\d+\\n.*"), r.out());
        assertTrue(r.out().contains("10.1039/d4ee05595k"), r.out());
    }

    @Test
    void queryErrorsExit2WithThePosition() {
        CliTest.Run r = CliTest.run("search", "dopant:Si value:<abc", "--index", index);
        assertEquals(2, r.code());
        assertEquals("simine: query error at 18: expected a number after 'value:<'", r.err().strip());
        assertEquals("", r.out());
        CliTest.Run unknown = CliTest.run("export", "colour:red", "--index", index);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("simine: query error at 1: unknown field 'colour'"), unknown.err());
        assertEquals(2, CliTest.run("search", "x", "--index", index, "--sort", "size").code());
    }

    @Test
    void searchingWhereThereIsNoIndexExits2(@TempDir Path empty) {
        CliTest.Run r = CliTest.run("search", "x", "--index", empty.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no index here (run ./simine ingest first"), r.err());
        assertFalse(Files.exists(empty.resolve("none")), "search must not create an index");
    }

    @Test
    void aChangedFileReplacesItsRecords(@TempDir Path dir) throws Exception {
        Path paper = Files.writeString(dir.resolve("paper.txt"), OTHER_PAPER, StandardCharsets.UTF_8);
        String idx = dir.resolve("index").toString();
        assertEquals(0, CliTest.run("ingest", paper.toString(), "--index", idx).code());
        Files.writeString(paper, OTHER_PAPER.replace("to 59 Ω", "to 48 Ω"), StandardCharsets.UTF_8);
        CliTest.Run again = CliTest.run("ingest", paper.toString(), "--index", idx);
        assertTrue(again.out().startsWith("ingested 0, replaced 1, skipped 0, failed 0"), again.out());
        CliTest.Run rct = CliTest.run("search", "property:rct", "--index", idx, "--format", "jsonl");
        assertEquals(List.of(48.0), RecordJson.readJsonl(new StringReader(rct.out())).stream().map(Record::value)
                .toList());
        assertTrue(CliTest.run("stats", "--index", idx).out().contains(": 1 papers,"));
    }
}
