package org.simine.spark.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.model.io.RecordJson;

/**
 * spark-submit of the packaged jar ({@code target/simine-spark.jar}) to a Spark standalone cluster on this machine:
 * a master and a worker in JVMs of their own, started from a Spark home made of Maven's Spark jars
 * ({@code target/spark-home-classpath.txt}; SiMine and its libraries reach the executors only in the app jar), the
 * job run in client mode (driver here, executor JVMs launched by the worker) and in cluster mode (the driver on the
 * worker too). Each run's records are those of {@code ./simine extract} for the same files, byte for byte, and a
 * truncated PDF is one row of the failure table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {
    private static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("simine.shared", "../../shared"));
    private static final Path TARGET = ROOT.resolve("spark-index/target");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String OPENS = "@" + ROOT.resolve("spark/src/main/jvm/spark-java17.args");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private Path dir;
    private Path home;
    private Path workerDir;
    private Process master;
    private Process worker;
    private String masterUrl;
    private List<String> inputs;
    private Path hostile;
    private List<String> expected;

    @BeforeAll
    void startCluster(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Path paper = SHARED.resolve("papers/CeON_CERMINE__test3.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(paper),
                "skipped: the shared papers are not at " + SHARED.toAbsolutePath() + " (set -Dsimine.shared=DIR)");
        Path homeClasspath = TARGET.resolve("spark-home-classpath.txt");
        Assumptions.assumeTrue(Files.isRegularFile(TARGET.resolve("simine-spark.jar"))
                && Files.isRegularFile(homeClasspath), "skipped: run after `mvn package` (no " + homeClasspath + ")");

        home = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("RELEASE"), "Spark from Maven's jars, for StandaloneClusterIT\n");
        for (String jar : Files.readString(homeClasspath).strip().split(java.io.File.pathSeparator)) {
            Path j = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(j.getFileName()), j);
        }
        workerDir = Files.createDirectories(dir.resolve("worker"));
        // A test JVM killed before @AfterAll still takes the cluster down with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : new Process[] {worker, master}) {
                if (p != null && p.isAlive()) {
                    p.destroyForcibly();
                }
            }
        }));

        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0",
                "--webui-port", "0");
        Matcher started = await(dir.resolve("master.log"), Pattern.compile("Starting Spark master at (spark://\\S+)"));
        masterUrl = started.group(1);
        worker = start("worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                "--memory", "3g", "--work-dir", workerDir.toString(), "--webui-port", "0", masterUrl);
        await(dir.resolve("worker.log"), Pattern.compile("Successfully registered with master"));

        Path text = Files.writeString(dir.resolve("si-eis.txt"), "Silicon anodes for lithium-ion batteries.\n"
                + "The P-doped Si electrode showed a charge-transfer resistance of 42.5 Ohm, lower than the 118 Ohm "
                + "of bare Si.\nThe Li+ diffusion coefficient of P-doped Si was 3.2 x 10^-12 cm2 s-1.\n");
        hostile = dir.resolve("truncated.pdf");
        Files.write(hostile, java.util.Arrays.copyOf(Files.readAllBytes(paper), 20_000));
        inputs = List.of(paper.toString(), hostile.toString(), text.toString(),
                ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf").toString());

        expected = new ArrayList<>();
        SiMineExtractor extractor = SiMineExtractor.create();
        for (String input : inputs) {
            try {
                extractor.extract(Path.of(input), ExtractionLimits.defaults()).records()
                        .forEach(r -> expected.add(RecordJson.toJson(r)));
            } catch (InputException e) {
                assertEquals(hostile.toString(), input, e.getMessage());
            }
        }
        assertTrue(expected.size() > 100, "records " + expected.size());
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.destroy();   // the worker's shutdown kills its executors and drivers
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void clientModeRunsTasksInTheWorkersExecutorsAndGivesExtractsRecords() throws Exception {
        Path out = dir.resolve("out-client");
        assertEquals(2, submit("client", out, List.of()), "spark-submit's exit code (2: a file failed)");
        assertRun(out);
        try (Stream<Path> executors = Files.walk(workerDir)) {
            assertTrue(executors.filter(p -> p.getFileName().toString().equals("stderr"))
                            .filter(p -> p.toString().contains("app-")).anyMatch(StandaloneClusterIT::ranTasks),
                    "an executor JVM of the worker ran the tasks");
        }
    }

    @Test
    void clusterModeRunsTheDriverOnTheWorkerToo() throws Exception {
        Path out = dir.resolve("out-cluster");
        // The worker starts the driver's JVM without Spark's own --add-opens: Java 17 needs them passed.
        String opens = String.join(" ", Files.readAllLines(Path.of(OPENS.substring(1))).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        assertEquals(0, submit("cluster", out, List.of("--conf", "spark.driver.extraJavaOptions=" + opens,
                "--conf", "spark.driver.memory=1g", "--conf", "spark.standalone.submit.waitAppCompletion=true")));
        assertRun(out);
        try (Stream<Path> drivers = Files.list(workerDir)) {
            Path driver = drivers.filter(p -> p.getFileName().toString().startsWith("driver-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no driver ran on the worker"));
            String stdout = Files.readString(driver.resolve("stdout"));
            assertTrue(stdout.contains("spark: extracted 3 of 4 files (1 failed"), stdout);
        }
    }

    private void assertRun(Path out) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("records-jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        assertEquals(expected, lines);
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
             var rs = s.executeQuery("SELECT file, error_code FROM read_parquet('" + out.resolve("failures")
                     + "/*.parquet')")) {
            assertTrue(rs.next());
            assertEquals(hostile.toString(), rs.getString(1));
            assertEquals("CORRUPT_PDF", rs.getString(2));
            assertTrue(!rs.next(), "one failure row");
        }
    }

    private static boolean ranTasks(Path stderr) {
        try {
            return Files.readString(stderr).contains("Finished task");
        } catch (IOException e) {
            return false;
        }
    }

    /** spark-submit of the packaged jar's run command; its exit code. */
    private int submit(String deployMode, Path out, List<String> conf) throws Exception {
        List<String> args = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl,
                "--deploy-mode", deployMode, "--conf", "spark.executor.memory=1500m", "--conf",
                "spark.ui.enabled=false"));
        args.addAll(conf);
        args.addAll(List.of("--class", "org.simine.spark.SparkRunCommand",
                TARGET.resolve("simine-spark.jar").toString(), "--jsonl", "--out", out.toString()));
        args.addAll(inputs);
        Process p = start("submit-" + deployMode, args.toArray(String[]::new));
        if (!p.waitFor(RUN_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not finish in " + RUN_TIMEOUT + "; see "
                    + dir.resolve("submit-" + deployMode + ".log"));
        }
        return p.exitValue();
    }

    /** A JVM on the Spark home's class path, output in {@code name.log}. */
    private Process start(String name, String... mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Xmx512m", OPENS, "-cp",
                home.resolve("conf") + java.io.File.pathSeparator + home.resolve("jars") + "/*"));
        command.addAll(List.of(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");   // the worker's command builder asks; a real home says it in jars/
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** Waits until the log has a line matching {@code pattern}; fails with the log when it never comes. */
    private Matcher await(Path log, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log));
                if (m.find()) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(log + " never said " + pattern + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }
}
