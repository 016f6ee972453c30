package org.simine.spark.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.simine.index.SiMineIndex;
import org.simine.spark.SparkRunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./simine spark ...}: {@code run} (the batch job, {@link SparkRunCommand}, also spark-submit's entry point),
 * {@code ingest} (Parquet into the index) and {@code export} (the index as one Parquet file). Kept out of the
 * command-line jar, which stays free of Spark and Hadoop; the job's own module knows nothing of the index.
 */
@Command(name = "simine spark", mixinStandardHelpOptions = true,
        subcommands = {SparkRunCommand.class, SparkCommand.Ingest.class, SparkCommand.Export.class},
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

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Add a Spark run's Parquet output to the index: papers, passages and records, as ingest "
                    + "would have added the files (./simine ingest --records ... comes here).",
                    "Arguments: the run's output folder, its records/ and papers/ folders, or part files."})
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        IndexOption index;

        @Option(names = "--records", arity = "1..*", required = true, paramLabel = "PARQUET",
                description = "Parquet files or folders written by ./simine spark run")
        List<String> records;

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            ParquetIngest.Counts c;
            Path dir = index.dir();
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

        @Mixin
        IndexOption index;

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
            Path dir = index.dir();
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

    /** {@code --index DIR}, as the command line's: default {@code .simine/index} under {@code SIMINE_HOME}. */
    static final class IndexOption {
        @Option(names = "--index", paramLabel = "DIR",
                description = "index folder (default: .simine/index under SIMINE_HOME)")
        Path index;

        Path dir() {
            if (index != null) {
                return index;
            }
            String home = System.getenv("SIMINE_HOME");
            Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
            return base.resolve(".simine").resolve("index");
        }
    }
}
