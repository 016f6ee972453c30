package org.simine.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
    public record Summary(int files, int read, int failed, int duplicates, int notes, long pages, long records,
                          double seconds, double extractPhaseSeconds, double extractSeconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? pages / seconds : 0;
        }

        public String line(String out) {
            return String.format(Locale.ROOT, "spark: extracted %d of %d files (%d failed, %d same-paper copies left "
                            + "out, %d notes files not read) in %.1f s (extraction %.1f s, writing %.1f s): %d "
                            + "pages (%.2f pages/s), %d records, %.1f s in the extractor (summed over tasks) -> %s",
                    read, files, failed, duplicates, notes, seconds, extractPhaseSeconds, seconds - extractPhaseSeconds,
                    pages, pagesPerSecond(), records, extractSeconds, out);
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
        listing.notes().forEach(n -> err.println("simine: " + n));

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
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // The one pass that extracts: every later pass reads the cached results. Files' summaries are small
            // (no text, no records), so duplicates, failures and counts are settled on the driver without a shuffle.
            List<FileSummary> summaries = results.map(FileSummary::of).collect();
            double extractPhase = (System.nanoTime() - start) / 1e9;
            Set<Long> dropped = duplicates(summaries, listing.files(), err);
            Broadcast<Set<Long>> droppedB = sc.broadcast(dropped);
            // Fewer, larger output files than extraction tasks (those are small for balance): each write task costs
            // a Parquet writer and a commit whatever its size. Contiguous runs keep input order.
            JavaRDD<FileResult> kept = ContiguousCoalescer.coalesce(
                    results.filter(r -> r.ok() && !droppedB.value().contains(r.order())),
                    Math.max(1, Math.min(slices, sc.defaultParallelism())));
            List<FileResult> failed = new ArrayList<>(listing.failures());
            for (FileSummary f : summaries) {
                if (!f.ok()) {
                    failed.add(FileResult.failed(f.order(), listing.files().get((int) f.order()), f.errorCode(),
                            f.message()));
                    err.println("simine: " + f.message());
                }
            }

            // The outputs are independent jobs over the cached results: submitted together, one job's commit on the
            // driver overlaps the others' tasks. Part N of records/ and of papers/ come from the same files.
            org.apache.hadoop.conf.Configuration conf = sc.hadoopConfiguration();
            List<IoRunnable> writes = new ArrayList<>();
            writes.add(() -> ParquetParts.write(kept.flatMap(r -> r.records().iterator()),
                    ParquetTables.recordSchema().toString(), ParquetTables::recordGroup, out + "/records", conf));
            writes.add(() -> ParquetParts.write(kept, PaperColumns.SCHEMA, PaperColumns::row, out + "/papers", conf));
            writes.add(() -> ParquetParts.writeOnDriver(failed, FailureColumns.SCHEMA, FailureColumns::row,
                    out + "/failures", conf));
            if (jsonl) {
                writes.add(() -> kept.flatMap(r -> r.records().stream()
                                .map(v -> org.simine.model.io.RecordJson.toJson(RecordColumns.record(
                                        RecordColumns.getter(v)))).iterator())
                        .saveAsTextFile(out + "/records-jsonl"));
            }
            runTogether(sc, writes);
            int read = 0;
            long pages = 0;
            long recordCount = 0;
            long extractNanos = 0;
            for (FileSummary f : summaries) {
                read += f.ok() ? 1 : 0;
                if (f.ok() && !dropped.contains(f.order())) {
                    pages += f.pageCount();
                    recordCount += f.records();
                }
                extractNanos += f.extractNanos();
            }
            err.flush();
            return new Summary(listing.files().size() + listing.failures().size(), read, failed.size(),
                    dropped.size(), listing.notes().size(), pages, recordCount, (System.nanoTime() - start) / 1e9, extractPhase,
                    extractNanos / 1e9);
        } finally {
            results.unpersist(false);
        }
    }

    /**
     * Runs the writes on threads of their own and waits for all. On the first failure the other writes' Spark jobs
     * are cancelled (one job group) and the failure is rethrown.
     */
    /** A write that may fail with an I/O error. */
    @FunctionalInterface
    private interface IoRunnable {
        void run() throws IOException;
    }

    private static void runTogether(JavaSparkContext sc, List<IoRunnable> writes) throws IOException {
        String group = "simine-write-" + java.util.UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(writes.size(), r -> {
            Thread t = new Thread(r, "simine-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = writes.stream().<Future<?>>map(w -> pool.submit(() -> {
                sc.setJobGroup(group, "SiMine output", true);
                w.run();
                return null;
            })).toList();
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            sc.cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the output", e);
        } catch (ExecutionException e) {
            sc.cancelJobGroup(group);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("writing the output failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Files whose paper another file speaks for: among the files read, those of one document are ranked by
     * {@link PaperChoice}, as the command line ranks them.
     */
    private static Set<Long> duplicates(List<FileSummary> summaries, List<String> files, PrintWriter err) {
        Map<String, List<FileSummary>> byDoc = new LinkedHashMap<>();
        for (FileSummary f : summaries) {
            if (f.ok()) {
                byDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
            }
        }
        Set<Long> dropped = new HashSet<>();
        byDoc.forEach((doc, group) -> {
            if (group.size() < 2) {
                return;
            }
            group.sort(Comparator.comparingLong(FileSummary::order));
            PaperChoice.onePerPaper(group, f -> doc, FileSummary::rank, (loser, winner) -> {
                dropped.add(loser.order());
                DocumentFormat format = DocumentFormat.fromId(winner.format());
                err.println("simine: " + PaperChoice.droppedMessage(files.get((int) loser.order()), loser.rank(),
                        files.get((int) winner.order()), winner.rank(),
                        format == null ? "unknown format" : format.label(), doc));
            });
        });
        return dropped;
    }

    /**
     * What the driver needs of a file's result: identity for the same-paper rule, counts for the summary, and the
     * problem of a file that failed; never its text or records.
     */
    record FileSummary(long order, String errorCode, String message, String doc, int rank, String format,
                       int pageCount, int records, long extractNanos) implements java.io.Serializable {
        static FileSummary of(FileResult r) {
            return new FileSummary(r.order(), r.errorCode(), r.message(), r.doc(), r.rank(), r.format(),
                    r.pageCount(), r.records().size(), r.extractNanos());
        }

        boolean ok() {
            return errorCode == null;
        }
    }
}
