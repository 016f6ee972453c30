package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.gold.GoldSet;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordJson;
import picocli.CommandLine;

/** Runs the real command line in-process on real inputs: the review PDF and broken files. */
class CliTest {
    static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    static final Path REVIEW = ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = SiMineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractPrintsSchemaValidJsonlForTheReview() throws Exception {
        Run r = run("extract", REVIEW.toString(), "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<Record> records = RecordJson.readJsonl(new StringReader(r.out()));
        assertFalse(records.isEmpty(), "the review PDF gives no records");
        JsonSchema schema;
        try (InputStream in = Record.class.getResourceAsStream("record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (String line : r.out().split("\n")) {
            JsonNode node = RecordJson.mapper().readTree(line);
            assertTrue(schema.validate(node).isEmpty(), () -> schema.validate(node) + " in " + line);
        }
        assertTrue(records.stream().allMatch(x -> x.doc().equals("10.1039/d4ee05595k")));
    }

    @Test
    void csvAndJsonFormatsCarryTheSameRecords() throws Exception {
        Run jsonl = run("extract", REVIEW.toString());
        Run csv = run("extract", REVIEW.toString(), "--format", "csv");
        Run json = run("extract", REVIEW.toString(), "--format", "json");
        List<Record> fromJsonl = RecordJson.readJsonl(new StringReader(jsonl.out()));
        assertEquals(fromJsonl, RecordCsv.read(new StringReader(csv.out())));
        assertEquals(fromJsonl, Arrays.asList(RecordJson.mapper().readValue(json.out(), Record[].class)));
    }

    @Test
    void tablesPrintsTheReviewsSixTablesAsCsvAndJson() {
        Run csv = run("tables", REVIEW.toString());
        assertEquals(0, csv.code(), csv.err());
        assertEquals(6, csv.out().lines().filter(l -> l.startsWith("# Table ")).count(), csv.out());
        assertTrue(csv.out().contains("# Table 3 (page 12): The functions of typical elastic organic coatings"), csv.out());
        assertTrue(csv.out().contains("TMSPA-LCP,\u2713,\u2713,\u2713,,\"5 A g\u22121, \u223C46%\",137"), csv.out());
        Run json = run("tables", REVIEW.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("[\n  {\"label\": \"1\""), json.out());
        assertTrue(json.out().contains("{\"text\": \"Function\", \"row\": 1, \"column\": 2, \"column_span\": 4"), json.out());
    }

    @Test
    void tablesOnAMissingFileExits2AndOnTextExits2(@TempDir Path dir) throws Exception {
        Run missing = run("tables", "no/such/paper.pdf");
        assertEquals(2, missing.code());
        assertEquals("simine: no/such/paper.pdf: file not found", missing.err().strip());
        Path txt = Files.writeString(dir.resolve("paper.txt"), "Table 1. Not a PDF");
        Run text = run("tables", txt.toString());
        assertEquals(2, text.code());
        assertTrue(text.err().contains("(SiMine reads .pdf)"), text.err());
        assertEquals(2, run("tables", REVIEW.toString(), "--format", "xml").code());
    }

    @Test
    void missingFileExits2NamingTheFile() {
        Run r = run("extract", "no/such/paper.pdf");
        assertEquals(2, r.code());
        assertEquals("simine: no/such/paper.pdf: no such file or directory", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void directoryWithoutPapersExits2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.docx"), "x");
        Run r = run("extract", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(dir + ": directory has no .htm, .html, .md, .nxml, .pdf, .txt, .xhtml, .xml files"), r.err());
    }

    @Test
    void docxExits2WithUnsupportedType(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("paper.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4});
        Run r = run("extract", docx.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("simine: " + docx + ": "), r.err());
        assertTrue(r.err().contains(".docx"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line per problem, no stack trace: " + r.err());
    }

    @Test
    void corruptPdfInADirectoryExits2ButTheGoodFilesAreStillExtracted(@TempDir Path dir) throws Exception {
        byte[] review = Files.readAllBytes(REVIEW);
        Files.write(dir.resolve("a-truncated.pdf"), Arrays.copyOf(review, 2000));
        Files.write(dir.resolve("b-review.pdf"), review);
        Files.writeString(dir.resolve("c-note.txt"), "The SiMn05% anode delivers 50% capacity retention at a "
                + "current density of 3.2 A g−1.", StandardCharsets.UTF_8);
        Run r = run("extract", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("simine: " + dir.resolve("a-truncated.pdf") + ": "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        List<Record> records = RecordJson.readJsonl(new StringReader(r.out()));
        assertTrue(records.stream().anyMatch(x -> x.doc().equals("10.1039/d4ee05595k")), "review records lost");
        assertTrue(records.stream().anyMatch(x -> x.doc().startsWith("sha256:")), "text file records lost");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("extract", REVIEW.toString(), "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'xml'"), r.err());
    }

    @Test
    void evalScoresARecordsFileAndWritesJson(@TempDir Path dir) throws Exception {
        Run extracted = run("extract", REVIEW.toString());
        Path records = dir.resolve("review.jsonl");
        Files.writeString(records, extracted.out());
        Path json = dir.resolve("report.json");
        Run r = run("eval", "--records", records.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("tolerant"), r.out());
        JsonNode report = RecordJson.mapper().readTree(json.toFile());
        assertTrue(report.has("strict") && report.has("tolerant"), report.toString());
    }

    @Test
    void demoExtractsIndexesEvaluatesAndSearchesTheManifestPapersOnly(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(ROOT.resolve("corpus/manifest.csv"), corpus.resolve("manifest.csv"));
        Files.copy(REVIEW, corpus.resolve(REVIEW.getFileName()));
        Files.writeString(corpus.resolve("README.md"), "Notes, not a paper: 99% capacity retention at 1C.");
        Run r = run("demo", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("from 1 papers"), r.out());
        assertTrue(r.out().matches("(?s).*capacity_retention\\s+\\d+.*"), r.out());
        // One headline: table records against the tables, text records against the prose gold, added up; correct
        // prose values are no longer false positives against the tables (that read P 0.725).
        Matcher headline = Pattern.compile("\\| \\*\\*tables \\+ prose\\*\\* \\| ([0-9.]+) \\| ([0-9.]+) \\| [0-9.]+ "
                + "\\| (\\d+) \\| (\\d+) \\| (\\d+) \\|").matcher(r.out());
        assertTrue(headline.find(), r.out());
        Matcher tables = Pattern.compile("\\| table records vs the tables \\(132 gold\\) \\| 1\\.000 \\| 1\\.000 \\| "
                + "1\\.000 \\| 132 \\| 0 \\| 0 \\|").matcher(r.out());
        assertTrue(tables.find(), r.out());
        Matcher prose = Pattern.compile("\\| text records vs the prose \\(59 gold\\) \\| [0-9.]+ \\| [0-9.]+ \\| "
                + "[0-9.]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|").matcher(r.out());
        assertTrue(prose.find(), r.out());
        for (int i = 1; i <= 3; i++) {
            int part = Integer.parseInt(prose.group(i)) + (i == 1 ? 132 : 0);
            assertEquals(part, Integer.parseInt(headline.group(i + 2)),
                    "the headline adds up the two parts: " + r.out());
        }
        assertTrue(Double.parseDouble(headline.group(1)) >= 0.9, "precision over both gold sets: " + r.out());
        assertTrue(r.out().contains("== Example search: P-doped Si with R_ct below 60 Ohm (2 hits)"), r.out());
        assertTrue(r.out().contains("P-doped Si: 53.1 Ohm"), r.out());
        assertFalse(r.out().contains("99 %"), "README.md was read as a paper: " + r.out());
        assertTrue(Files.isDirectory(dir.resolve("index")));
    }

    /**
     * --prose scores only text-sourced records against the prose gold: the whole table gold in the file is left
     * out (no false positives from it), and the prose gold finds every one of its own records.
     */
    @Test
    void evalProseScoresTextRecordsAgainstTheProseGold(@TempDir Path dir) throws Exception {
        GoldSet gold = GoldSet.review();
        List<Record> both = new ArrayList<>();
        gold.records().forEach(g -> both.add(g.record()));
        gold.proseRecords().forEach(g -> both.add(g.record()));
        Path records = dir.resolve("gold.jsonl");
        StringBuilder jsonl = new StringBuilder();
        RecordJson.writeJsonl(both, jsonl);
        Files.writeString(records, jsonl);
        Path json = dir.resolve("report.json");
        Run r = run("eval", "--prose", "--records", records.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = RecordJson.mapper().readTree(json.toFile());
        assertEquals(59, report.get("gold").asInt());
        assertEquals(59, report.get("predicted").asInt(), "table records must be left out");
        assertEquals(1.0, report.at("/tolerant/micro/f1").asDouble());
        assertTrue(r.out().contains("| text |"), r.out());

        Run tables = run("eval", "--records", records.toString(), "--json", json.toString());
        assertEquals(0, tables.code(), tables.err());
        JsonNode tableReport = RecordJson.mapper().readTree(json.toFile());
        assertEquals(132, tableReport.get("gold").asInt(), "without --prose the table gold is used, as before");
        assertEquals(59, tableReport.at("/tolerant/micro/fp").asInt());
    }

    @Test
    void evalProseWithAGoldSetWithoutProseExits2(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("v1");
        Path source = ROOT.resolve("gold/review-ees2025/v1");
        Files.createDirectories(gold.resolve("tables"));
        for (String f : List.of("records.csv", "tables/table-1.tsv", "tables/table-2.tsv", "tables/table-3.tsv",
                "tables/table-4.tsv", "tables/table-5.tsv", "tables/table-6.tsv")) {
            Files.copy(source.resolve(f), gold.resolve(f));
        }
        List<String> manifest = Files.readAllLines(source.resolve("gold.properties"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.startsWith("prose=")).toList();
        Files.write(gold.resolve("gold.properties"), manifest, StandardCharsets.UTF_8);
        Path records = dir.resolve("empty.jsonl");
        Files.writeString(records, "");
        Run r = run("eval", "--prose", "--records", records.toString(), "--gold", gold.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("has no prose records"), r.err());
    }

    @Test
    void evalOnAMissingRecordsFileExits2() {
        Run r = run("eval", "--records", "missing.jsonl");
        assertEquals(2, r.code());
        assertEquals("simine: missing.jsonl: no such file", r.err().strip());
    }

    /** The debug view: page markers, section markers, scripts, and no running header in the text. */
    @Test
    void textShowsWhatTheExtractorReads() {
        Run r = run("text", REVIEW.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("==== page 24 ===="), "page markers");
        assertTrue(r.out().contains("§ 2.1 Shorten the Li^+ diffusion distance"), "section markers");
        assertTrue(r.out().contains("(10^-14 – 10^-13 cm^2 s^-1)"), "scripts");
        assertFalse(r.out().contains("\nEnergy Environ. Sci., 2025, 18, 2720\n"), "running header line");
        Run plain = run("text", "--plain", REVIEW.toString());
        assertTrue(plain.out().contains("(10-14 – 10-13 cm2 s-1)"), "plain text for search");
        Run missing = run("text", ROOT.resolve("no-such.pdf").toString());
        assertEquals(2, missing.code());
    }

    /** A JATS article of the review with one of its Table 1 statements as running text (made here, not copied). */
    static String reviewAsJats() {
        return "<?xml version=\"1.0\"?><article><front><journal-meta><journal-title>Energy &amp; Environmental "
                + "Science</journal-title></journal-meta><article-meta><article-id pub-id-type=\"doi\">"
                + "10.1039/D4EE05595K</article-id><title-group><article-title>Revisiting the kinetics enhancement "
                + "strategies of Si anodes</article-title></title-group><pub-date><year>2025</year></pub-date>"
                + "</article-meta></front><body><sec><label>2.1</label><title>Shorten the Li<sup>+</sup> diffusion "
                + "distance</title><p>The Si NW anode retains ~60% of its capacity at 1C.<xref ref-type=\"bibr\" "
                + "rid=\"b65\">65</xref> The R<sub>ct</sub> of the Si@C anode is 35 \u03a9.</p></sec></body>"
                + "</article>";
    }

    /** A folder holding the review as PDF and as publisher XML gives one record set, the XML's, and says so. */
    @Test
    void aMixedFolderGivesOneRecordSetPerPaperAndSaysWhich(@TempDir Path dir) throws Exception {
        Files.copy(REVIEW, dir.resolve("review.pdf"));
        Path xml = Files.writeString(dir.resolve("review.xml"), reviewAsJats());
        Run r = run("extract", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(dir.resolve("review.pdf") + ": same paper (10.1039/d4ee05595k) as " + xml
                + "; the records of " + xml + " (JATS XML) are kept: publisher markup"), r.err());
        List<Record> records = RecordJson.readJsonl(new StringReader(r.out()));
        assertFalse(records.isEmpty());
        assertTrue(records.stream().allMatch(rec -> rec.source().page() == null && rec.source().paragraph() != null
                && rec.source().section().equals("2.1 Shorten the Li^+ diffusion distance")), r.out());
        Run text = run("text", xml.toString());
        assertTrue(text.out().contains("==== JATS XML · Energy & Environmental Science · 2025 (no pages"), text.out());
        assertTrue(text.out().contains("§ 2.1 Shorten the Li^+ diffusion distance\n\nThe Si NW anode retains ~60% of "
                + "its capacity at 1C. The R_ct of the Si@C anode is 35 \u03a9."), text.out());
    }
}
