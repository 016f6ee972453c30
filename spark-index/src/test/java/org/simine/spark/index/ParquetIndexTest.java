package org.simine.spark.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
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
import org.simine.extract.SiMineExtractor;
import org.simine.index.SiMineIndex;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.UnreadablePaperException;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;
import org.simine.spark.ParquetTables;
import org.simine.spark.SiMineSparkJob;

/**
 * A Spark job's Parquet output into the index ({@code ./simine ingest --records}) gives the index that ingesting the
 * same files gives, and {@code export --format parquet} writes its records back out, read by Parquet, Spark and
 * DuckDB. The job runs in local[2] over the review PDF, a shared paper, a publisher XML file and a truncated PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetIndexTest {
    private static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("simine.shared", "../../shared"));

    private Path tmp;
    private SparkSession spark;
    private List<Path> inputs;
    private Path out;
    private final Map<Path, Object> reference = new LinkedHashMap<>();

    @BeforeAll
    void runJob(@TempDir Path dir) throws Exception {
        tmp = dir;
        Path papers = SHARED.resolve("papers");
        Assumptions.assumeTrue(Files.isDirectory(papers) && Files.isDirectory(SHARED.resolve("xml")),
                "skipped: the shared papers are not at " + papers.toAbsolutePath() + " (set -Dsimine.shared=DIR)");
        inputs = new ArrayList<>(List.of(ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf"),
                papers.resolve("CeON_CERMINE__test3.pdf"), SHARED.resolve("xml/els_test2.xml")));
        Path hostile = tmp.resolve("truncated.pdf");
        Files.write(hostile, java.util.Arrays.copyOf(Files.readAllBytes(inputs.get(1)), 20_000));
        inputs.add(hostile);

        spark = SparkSession.builder().master("local[2]").appName("ParquetIndexTest")
                .config("spark.ui.enabled", "false").getOrCreate();
        out = tmp.resolve("out");
        SiMineSparkJob.Summary summary = new SiMineSparkJob(spark, ExtractionLimits.defaults(), 0, false)
                .run(inputs.stream().map(Path::toString).toList(), out.toString(),
                        new PrintWriter(new StringWriter(), true));
        assertEquals(1, summary.failed());
        SiMineExtractor extractor = SiMineExtractor.create();
        for (Path file : inputs) {
            try {
                reference.put(file, extractor.extract(file, ExtractionLimits.defaults()));
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

    private static List<String> json(List<Record> records) {
        return records.stream().map(RecordJson::toJson).toList();
    }

    @Test
    void theParquetOutputIngestedIsTheIndexThatIngestingTheFilesGives() throws Exception {
        Path fromParquet = tmp.resolve("index-parquet");
        Path fromFiles = tmp.resolve("index-files");
        try (SiMineIndex a = SiMineIndex.open(fromParquet); SiMineIndex b = SiMineIndex.open(fromFiles)) {
            ParquetIngest.Counts counts = new ParquetIngest(new Configuration(), Clock.systemUTC())
                    .ingest(List.of(out.toString()), a);
            b.ingest(inputs, this::asIngestWould, IngestOptions.defaults().withWorkers(1), IngestListener.NONE);
            a.refresh();
            b.refresh();
            var sa = a.stats(10);
            var sb = b.stats(10);
            assertEquals(3, counts.papers());
            assertEquals(sb.papers(), sa.papers());
            assertEquals(sb.passages(), sa.passages());
            assertEquals(sb.records(), sa.records());
            assertTrue(sa.records() > 100, "records " + sa.records());
            assertEquals(json(b.records("")), json(a.records("")));
            assertEquals(json(b.records("property:rct")), json(a.records("property:rct")));
            assertEquals(b.search("silicon").total(), a.search("silicon").total());

            // export --format parquet: one file, the same records in the same order.
            Path file = tmp.resolve("export.parquet");
            List<Record> all = a.records("");
            assertEquals(all.size(), ParquetExport.export(a, "", file));
            assertEquals(json(all), json(ParquetTables.readRecords(List.of(file.toString()), new Configuration())));
            assertEquals(all.size(), spark.read().parquet(file.toString()).count());
            assertEquals(List.of((long) all.size(), all.stream().filter(r -> r.source().page() != null).count()),
                    duckdb("SELECT count(*), count(source_page) FROM read_parquet('" + file + "')"));
        }
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

    /** The command line's adapter (cli's ExtractorPapers), as ingest uses it, for the index built from files. */
    private ExtractedPaper asIngestWould(Path file) throws UnreadablePaperException {
        Object read = reference.get(file);
        if (read instanceof InputException e) {
            throw new UnreadablePaperException(e.getMessage(), e.problem().name(), e);
        }
        ExtractionResult r = (ExtractionResult) read;
        var d = r.document();
        List<PageText> pages = d.pages().stream()
                .map(p -> new PageText(d.paginated() ? p.number() : null, p.text())).toList();
        List<ExtractedPaper.Paragraph> paragraphs = !d.format().markup() ? List.of()
                : d.pages().get(0).blocks().stream()
                .map(b -> new ExtractedPaper.Paragraph(b.section(), b.text())).toList();
        return new ExtractedPaper(r.docId(), d.doi(), r.title(), r.pages(), pages, r.records(), d.format().id(),
                d.format().rank(), paragraphs);
    }
}
