package org.simine.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.simine.extract.ExtractionLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./simine spark run ...} and spark-submit's entry point: lists the inputs, runs {@link SiMineSparkJob} in the
 * session spark-submit set up (or {@code local[*]}, or {@code --master}) and prints the summary line.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Extract papers on Spark and write Parquet: OUT/records (one row per record, the export "
                + "schema), OUT/papers (what ingest --records needs), OUT/failures (file, error_code, message) "
                + "and, with --jsonl, OUT/records-jsonl.",
                "Inputs are files or folders on any file system Hadoop reads (local paths, hdfs://, s3a://). "
                        + "Without a master (spark-submit --master or --master here) it runs in local[*]."})
public final class SparkRunCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT_ERROR = 2;

    /** spark-submit's entry point: {@code --class org.simine.spark.SparkRunCommand simine-spark.jar --out DIR ...}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkRunCommand()).execute(args));
    }

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
