package org.simine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.PaperChoice;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/**
 * The job in local[2] over a few shared papers, the review PDF, a publisher XML file and its copy (one paper in two
 * files) and one hostile file (a truncated PDF): its Parquet rows are the records the command line's batch gives for
 * the same files, and the hostile file is one row of the failure table (the Parquet output into the index:
 * spark-index's ParquetIndexTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiMineSparkJobTest {
    private static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("simine.shared", "../../shared"));
    private static final List<String> PAPERS = List.of("kermitt2_grobid__1060._fulltext3.pdf",
            "CeON_CERMINE__test3.pdf", "lfoppiano_grobid-quantities__1609.04957.pdf");

    private Path tmp;

    private SparkSession spark;
    private List<Path> inputs;
    private Path hostile;
    private Path out;
    private SiMineSparkJob.Summary summary;
    private String err;
    /** The reference: each input as the command line's extractor reads it (a result, or the problem). */
    private final java.util.Map<Path, Object> reference = new java.util.LinkedHashMap<>();

    @BeforeAll
    void runJob(@TempDir Path dir) throws Exception {
        tmp = dir;
        Path papers = SHARED.resolve("papers");
        Assumptions.assumeTrue(Files.isDirectory(papers) && Files.isDirectory(SHARED.resolve("xml")),
                "skipped: the shared papers are not at " + papers.toAbsolutePath() + " (set -Dsimine.shared=DIR)");
        inputs = new ArrayList<>();
        for (String name : PAPERS) {
            inputs.add(papers.resolve(name));
        }
        inputs.add(ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf"));
        Path xml = SHARED.resolve("xml/els_test2.xml");
        inputs.add(xml);
        // A second file of the same paper: one record set, the first file's.
        Path copy = Files.copy(xml, tmp.resolve("els_test2-copy.xml"));
        inputs.add(copy);
        // The first 20 kB of a paper: a PDF whose trailer and most objects are missing.
        hostile = tmp.resolve("truncated.pdf");
        Files.write(hostile, java.util.Arrays.copyOf(Files.readAllBytes(papers.resolve(PAPERS.get(0))), 20_000));
        inputs.add(3, hostile);

        spark = SparkSession.builder().master("local[2]").appName("SiMineSparkJobTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        out = tmp.resolve("out");
        StringWriter errText = new StringWriter();
        summary = new SiMineSparkJob(spark, ExtractionLimits.defaults(), 3, true)
                .run(inputs.stream().map(Path::toString).toList(), out.toString(), new PrintWriter(errText, true));
        err = errText.toString();
        // Read once for the reference; the index built from files reuses these results.
        for (Path file : inputs) {
            try {
                reference.put(file, SharedExtractor.get().extract(file, ExtractionLimits.defaults()));
            } catch (InputException e) {
                reference.put(file, e);
            }
        }
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What ./simine extract gives for the same files: its batch's extractor calls and paper choice. */
    private List<Record> commandLineRecords() {
        List<ExtractionResult> results = new ArrayList<>();
        for (Object r : reference.values()) {
            if (r instanceof ExtractionResult result) {
                results.add(result);
            }
        }
        List<Record> records = new ArrayList<>();
        PaperChoice.onePerPaper(results, ExtractionResult::docId, PaperChoice::rank, (a, b) -> {
        }).forEach(r -> records.addAll(r.records()));
        return records;
    }

    private static List<String> json(List<Record> records) {
        return records.stream().map(RecordJson::toJson).toList();
    }

    @Test
    void parquetRowsAreTheCommandLinesRecordsInItsOrder() throws Exception {
        List<Record> expected = commandLineRecords();
        assertTrue(expected.size() > 100, "the review alone gives hundreds of records, got " + expected.size());
        List<Record> read = ParquetTables.readRecords(List.of(out.resolve("records").toString()), new Configuration());
        assertEquals(json(expected), json(read));
        // Spark reads the same table: as many rows, the export schema's columns.
        var df = spark.read().parquet(out.resolve("records").toString());
        assertEquals(expected.size(), df.count());
        assertEquals(List.of(RecordColumns.SCHEMA.fieldNames()), List.of(df.schema().fieldNames()));
        assertEquals(expected.size(), summary.records());
        // The JSON Lines output holds the same lines as ./simine extract prints.
        List<String> lines = new ArrayList<>();
        try (var parts = Files.list(out.resolve("records-jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        assertEquals(json(expected), lines);
        // DuckDB, as a notebook would, reads the part files as they are.
        assertEquals(List.of((long) expected.size(), expected.stream().filter(r -> r.value() != null)
                        .mapToDouble(Record::value).max().orElseThrow(),
                        expected.stream().map(Record::doc).distinct().count()),
                duckdb("SELECT count(*), max(value), count(DISTINCT doc) FROM read_parquet('"
                        + out.resolve("records") + "/*.parquet')"));
    }

    /** The one row of a query, by DuckDB over JDBC. */
    private static List<Object> duckdb(String sql) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return row;
        }
    }

    @Test
    void theHostileFileIsOneFailureRowAndCostsNothingElse() {
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
        assertEquals(1, failures.size(), failures.toString());
        Row f = failures.get(0);
        assertEquals(hostile.toString(), f.getString(0));
        assertEquals("CORRUPT_PDF", f.getString(1));
        assertTrue(f.getString(2).startsWith(hostile + ": "), f.getString(2));
        assertEquals(1, summary.failed());
        assertEquals(inputs.size() - 1, summary.read());
        assertTrue(err.contains(hostile + ": "), err);
    }

    @Test
    void twoFilesOfOnePaperGiveOneRecordSetAndTheDriverSaysWhich() {
        assertEquals(1, summary.duplicates());
        List<Row> papers = spark.read().parquet(out.resolve("papers").toString()).select("file").collectAsList();
        assertEquals(inputs.size() - 2, papers.size());
        assertFalse(papers.stream().anyMatch(r -> r.getString(0).endsWith("els_test2-copy.xml")), papers.toString());
        assertTrue(err.contains("els_test2-copy.xml: same paper ("), err);
        assertTrue(summary.pages() > 20, "pages " + summary.pages());
    }

    @Test
    void coalescingACachedRddKeepsPartitionOrder() {
        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Integer> numbers = java.util.stream.IntStream.range(0, 640).boxed().toList();
        var cached = sc.parallelize(numbers, 64).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            cached.count();
            for (int n : new int[] {1, 2, 3, 7, 64, 100}) {
                var coalesced = ContiguousCoalescer.coalesce(cached, n);
                assertEquals(Math.min(n, 64), coalesced.getNumPartitions());
                assertEquals(numbers, coalesced.collect(), "into " + n);
            }
        } finally {
            cached.unpersist(false);
        }
    }
}
