package org.simine.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.PaperChoice;
import org.simine.extract.read.DocumentFormat;
import scala.Tuple2;

/**
 * Extracts a list of inputs on a Spark cluster (or {@code local[*]}) and writes under one output folder:
 * <ul>
 *   <li>{@code records/}: Parquet, one row per record, the export schema ({@link RecordColumns});</li>
 *   <li>{@code papers/}: Parquet, one row per paper kept (file, document id, title, pages, hash, page texts or
 *       markup paragraphs): what {@code ingest --records} needs to build the same index as {@code ingest};</li>
 *   <li>{@code failures/}: Parquet, one row per input that gave nothing (file, error code, message);</li>
 *   <li>{@code records-jsonl/} (optional): the records as JSON Lines, as {@code extract} prints them.</li>
 * </ul>
 * Files are split into contiguous slices, one task each, so partition order is input order and the records come out
 * in the order {@code ./simine extract} prints them. Each executor JVM shares one extractor
 * ({@link SharedExtractor}); limits are the command line's. Two files of one paper keep one record set, chosen by
 * the command line's rule ({@link PaperChoice}) over small per-file summaries.
 */
public final class SiMineSparkJob {
    /** What a run did, for the summary line and the benchmark. */
    public record Summary(int files, int read, int failed, int duplicates, long pages, long records, double seconds,
                          double extractSeconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? pages / seconds : 0;
        }

        public String line(String out) {
            return String.format(Locale.ROOT, "spark: extracted %d of %d files (%d failed, %d same-paper copies left "
                            + "out) in %.1f s: %d pages (%.2f pages/s), %d records, %.1f s in the extractor (summed "
                            + "over tasks) -> %s", read, files, failed, duplicates, seconds, pages, pagesPerSecond(),
                    records, extractSeconds, out);
        }
    }

    private final SparkSession spark;
    private final ExtractionLimits limits;
    private final int partitions;
    private final boolean jsonl;

    /** Tasks per core of the cluster when no partition count is given. */
    static final int TASKS_PER_CORE = 32;

    /**
     * @param partitions tasks to split the files into; 0 for {@value #TASKS_PER_CORE} per core of the cluster, at most
     *                   one per file: papers differ in length by two orders of magnitude, and small tasks keep every
     *                   core busy to the end (a task costs milliseconds, a paper seconds)
     */
    public SiMineSparkJob(SparkSession spark, ExtractionLimits limits, int partitions, boolean jsonl) {
        this.spark = spark;
        this.limits = limits;
        this.partitions = partitions;
        this.jsonl = jsonl;
    }

    public Summary run(List<String> inputs, String out, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputListing listing = InputListing.of(inputs, sc.hadoopConfiguration());
        listing.failures().forEach(f -> err.println("simine: " + f.message()));

        List<Tuple2<Long, String>> numbered = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            numbered.add(new Tuple2<>((long) i, listing.files().get(i)));
        }
        int slices = Math.max(1, Math.min(numbered.size(),
                partitions > 0 ? partitions : TASKS_PER_CORE * sc.defaultParallelism()));
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(
                new SerializableConfiguration(sc.hadoopConfiguration()));
        FileExtraction extraction = new FileExtraction(limits);
        JavaRDD<FileResult> results = sc.parallelize(numbered, slices)
                .map(t -> extraction.extract(t._1(), t._2(), hadoop.value().value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Set<Long> dropped = duplicates(results, err);
            Broadcast<Set<Long>> droppedB = sc.broadcast(dropped);
            JavaRDD<FileResult> kept = results.filter(r -> r.ok() && !droppedB.value().contains(r.order()));
            JavaRDD<Row> records = kept.flatMap(r -> r.records().stream().map(RowFactory::create).iterator());

            spark.createDataFrame(records, RecordColumns.SCHEMA).write().mode(SaveMode.ErrorIfExists)
                    .parquet(out + "/records");
            spark.createDataFrame(kept.map(PaperColumns::row), PaperColumns.SCHEMA).write()
                    .mode(SaveMode.ErrorIfExists).parquet(out + "/papers");
            List<FileResult> failed = new ArrayList<>(listing.failures());
            failed.addAll(results.filter(r -> !r.ok()).collect());
            failed.sort(Comparator.comparingLong(FileResult::order));
            failed.stream().filter(f -> f.order() >= 0).forEach(f -> err.println("simine: " + f.message()));
            List<Row> failureRows = failed.stream().map(FailureColumns::row).toList();
            spark.createDataFrame(failureRows, FailureColumns.SCHEMA).coalesce(1).write()
                    .mode(SaveMode.ErrorIfExists).parquet(out + "/failures");
            if (jsonl) {
                kept.flatMap(r -> r.records().stream()
                                .map(v -> org.simine.model.io.RecordJson.toJson(RecordColumns.record(
                                        RecordColumns.getter(v)))).iterator())
                        .saveAsTextFile(out + "/records-jsonl");
            }
            // One pass for the summary: files read, pages and records kept, time in the extractor.
            long[] sums = results.map(r -> new long[]{r.ok() ? 1 : 0,
                            r.ok() && !droppedB.value().contains(r.order()) ? r.pageCount() : 0,
                            r.ok() && !droppedB.value().contains(r.order()) ? r.records().size() : 0, r.extractNanos()})
                    .fold(new long[4], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
            err.flush();
            return new Summary(listing.files().size() + listing.failures().size(), (int) sums[0], failed.size(),
                    dropped.size(), sums[1], sums[2], (System.nanoTime() - start) / 1e9, sums[3] / 1e9);
        } finally {
            results.unpersist(false);
        }
    }

    /**
     * Files whose paper another file speaks for: only documents read from more than one file travel to the
     * driver, as (order, rank, file, format) summaries, and {@link PaperChoice} picks among them.
     */
    private static Set<Long> duplicates(JavaRDD<FileResult> results, PrintWriter err) {
        JavaPairRDD<String, Candidate> byDoc = results.filter(FileResult::ok)
                .mapToPair(r -> new Tuple2<>(r.doc(), new Candidate(r.order(), r.rank(), r.file(), r.format())));
        List<Tuple2<String, Iterable<Candidate>>> shared = byDoc.groupByKey()
                .filter(g -> g._2().iterator().hasNext() && count(g._2()) > 1).collect();
        Set<Long> dropped = new HashSet<>();
        for (Tuple2<String, Iterable<Candidate>> group : shared) {
            List<Candidate> files = new ArrayList<>();
            group._2().forEach(files::add);
            files.sort(Comparator.comparingLong(Candidate::order));
            PaperChoice.onePerPaper(files, c -> group._1(), Candidate::rank, (loser, winner) -> {
                dropped.add(loser.order());
                DocumentFormat format = DocumentFormat.fromId(winner.format());
                err.println("simine: " + PaperChoice.droppedMessage(loser.file(), loser.rank(), winner.file(),
                        winner.rank(), format == null ? "unknown format" : format.label(), group._1()));
            });
        }
        return dropped;
    }

    private static int count(Iterable<?> items) {
        int n = 0;
        for (Object ignored : items) {
            n++;
        }
        return n;
    }

    record Candidate(long order, int rank, String file, String format) implements java.io.Serializable {
    }
}
