package org.simine.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.simine.extract.ExtractionLimits;
import org.simine.index.SiMineIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./simine spark ...} and the spark-submit entry point: {@code run} (the batch job), {@code ingest} (Parquet
 * into the index) and {@code export} (the index as one Parquet file). Kept out of the command-line jar, which stays
 * free of Spark and Hadoop.
 */
@Command(name = "simine spark", mixinStandardHelpOptions = true,
        subcommands = {SparkCommand.Run.class, SparkCommand.Ingest.class, SparkCommand.Export.class},
        description = "SiMine on Apache Spark: batch extraction to Parquet, Parquet into the index and out of it.")
public final class SparkCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT_ERROR = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INPUT_ERROR;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Extract papers on Spark and write Parquet: OUT/records (one row per record, the export "
                    + "schema), OUT/papers (what ingest --records needs), OUT/failures (file, error_code, message) "
                    + "and, with --jsonl, OUT/records-jsonl.",
                    "Inputs are files or folders on any file system Hadoop reads (local paths, hdfs://, s3a://). "
                            + "Without a master (spark-submit --master or --master here) it runs in local[*]."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URI", description = "papers or folders of papers")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
        String out;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master when not set by spark-submit "
                + "(default: local[*])")
        String master;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
                description = "tasks to split the files into (default: " + SiMineSparkJob.TASKS_PER_CORE
                        + " per core, at most one per file)")
        int partitions;

        @Option(names = "--jsonl", description = "also write the records as JSON Lines (OUT/records-jsonl)")
        boolean jsonl;

        @Option(names = "--timeout", paramLabel = "SECONDS",
                defaultValue = "" + ExtractionLimits.DEFAULT_TIMEOUT_SECONDS,
                description = "give up on a file after this many seconds (default: ${DEFAULT-VALUE})")
        long timeoutSeconds;

        @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + ExtractionLimits.DEFAULT_MAX_PAGES,
                description = "refuse PDFs with more pages than this (default: ${DEFAULT-VALUE})")
        int maxPages;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            if (timeoutSeconds < 1 || maxPages < 1 || partitions < 0) {
                err.println("simine: --timeout and --max-pages must be at least 1, --partitions not negative");
                return INPUT_ERROR;
            }
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(InputListing.toUri(out));
            if (target.getFileSystem(new Configuration()).exists(target)) {
                err.println("simine: " + out + " exists; each run writes a new output folder");
                return INPUT_ERROR;
            }
            SparkConf conf = new SparkConf().setAppName("SiMine");
            if (master != null) {
                conf.setMaster(master);
            } else if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
                conf.set("spark.ui.enabled", "false");   // nobody watches a local run's web UI; it costs start-up
            }
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            try {
                ExtractionLimits limits = new ExtractionLimits(Duration.ofSeconds(timeoutSeconds), maxPages);
                SiMineSparkJob.Summary s = new SiMineSparkJob(spark, limits, partitions, jsonl).run(inputs, out, err);
                spec.commandLine().getOut().println(s.line(out));
                spec.commandLine().getOut().flush();
                return s.failed() > 0 ? INPUT_ERROR : OK;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Add a Spark run's Parquet output to the index: papers, passages and records, as ingest "
                    + "would have added the files (./simine ingest --records ... comes here).",
                    "Arguments: the run's output folder, its records/ and papers/ folders, or part files."})
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--index", paramLabel = "DIR",
                description = "index folder (default: .simine/index under SIMINE_HOME)")
        Path index;

        @Option(names = "--records", arity = "1..*", required = true, paramLabel = "PARQUET",
                description = "Parquet files or folders written by ./simine spark run")
        List<String> records;

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            ParquetIngest.Counts c;
            Path dir = indexDir(index);
            try (SiMineIndex idx = SiMineIndex.open(dir)) {
                c = new ParquetIngest(new Configuration(), Clock.systemUTC()).ingest(records, idx);
            } catch (java.io.IOException | org.simine.model.io.RecordFormatException e) {
                spec.commandLine().getErr().println("simine: " + e.getMessage());
                return INPUT_ERROR;
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "ingested %d papers, %d records from %d Parquet files in "
                            + "%.1f s -> %s%n", c.papers(), c.records(), c.files(), (System.nanoTime() - start) / 1e9,
                    dir.toAbsolutePath().normalize());
            spec.commandLine().getOut().flush();
            return OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the records a query matches (all without a query) as one Parquet file, the export "
                    + "schema's columns (pandas, Polars and DuckDB read it as is).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--index", paramLabel = "DIR",
                description = "index folder (default: .simine/index under SIMINE_HOME)")
        Path index;

        @Option(names = "--format", defaultValue = "parquet", description = "parquet (the only format here)")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the Parquet file to write")
        Path out;

        @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query, as for search (default: all)")
        List<String> query = List.of();

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("parquet")) {
                err.println("simine: --format must be parquet here (csv and jsonl: ./simine export)");
                return INPUT_ERROR;
            }
            Path dir = indexDir(index);
            if (!SiMineIndex.exists(dir)) {
                err.println("simine: " + dir + ": no index here (run ./simine ingest first, or pass --index DIR)");
                return INPUT_ERROR;
            }
            // Written beside the target and moved over it at the end, so a failed export leaves no half file. The
            // index streams its JSON Lines export (paper and reading order, page by page) into the Parquet writer.
            Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
            long n;
            try (SiMineIndex idx = SiMineIndex.open(dir)) {
                n = ParquetExport.export(idx, String.join(" ", query), partial);
            } catch (org.simine.index.query.QuerySyntaxException e) {
                java.nio.file.Files.deleteIfExists(partial);
                err.println("simine: " + e.getMessage());
                return INPUT_ERROR;
            }
            java.nio.file.Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Files.deleteIfExists(partial.resolveSibling("." + partial.getFileName() + ".crc"));
            err.printf("simine: exported %d records to %s%n", n, out);
            err.flush();
            return OK;
        }
    }

    static Path indexDir(Path given) {
        if (given != null) {
            return given;
        }
        String home = System.getenv("SIMINE_HOME");
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.resolve(".simine").resolve("index");
    }
}
