package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.ExtractionResult;
import org.simine.extract.SiMineExtractor;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/**
 * Crash safety: {@code ingest} runs as a separate JVM and is killed with SIGKILL mid-run, after its first commit
 * and a few more files. Then the index must open, every committed paper must have all its passages and records
 * (each paper's record count equal to what a fresh extraction of its file gives), no paper may be visible in part,
 * and a re-run must complete without duplicates. While the ingest runs, {@code export} and {@code search} in this
 * JVM must only ever see complete papers. Papers: copies of the review PDF (same DOI, so one is kept) and small
 * generated text papers; nothing from {@code ../shared}.
 *
 * <p>Runs twice in {@code mvn verify}; {@code -Dsimine.crashRuns=10} runs it ten times.
 */
class IngestCrashIT {
    static final int TEXT_PAPERS = 40;
    static final int REVIEW_COPIES = 4;

    @TempDir
    static Path tmp;
    static Path papers;
    /** Records a fresh extraction gives per document id, and the file each id comes from. */
    static final Map<String, Integer> EXPECTED = new HashMap<>();
    static final Map<String, Path> FILE_OF = new HashMap<>();

    @BeforeAll
    static void papersAndTheirRecords() throws Exception {
        papers = Files.createDirectories(tmp.resolve("papers"));
        byte[] review = Files.readAllBytes(CliTest.REVIEW);
        for (int i = 0; i < REVIEW_COPIES; i++) {
            // Distinct bytes after %%EOF: a new file hash, so each copy is extracted and then kept out as the same DOI.
            byte[] tail = ("\n% copy " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] copy = new byte[review.length + tail.length];
            System.arraycopy(review, 0, copy, 0, review.length);
            System.arraycopy(tail, 0, copy, review.length, tail.length);
            Files.write(papers.resolve(String.format("p%02d-review-copy.pdf", i * 10 + 5)), copy);
        }
        for (int i = 0; i < TEXT_PAPERS; i++) {
            Files.writeString(papers.resolve(String.format("p%02d.txt", i)), textPaper(i));
        }
        SiMineExtractor extractor = SiMineExtractor.create();
        try (Stream<Path> files = Files.list(papers)) {
            for (Path file : files.sorted().toList()) {
                ExtractionResult r = extractor.extract(file);
                EXPECTED.put(r.docId(), r.records().size());
                FILE_OF.putIfAbsent(r.docId(), file);
            }
        }
        assertEquals(TEXT_PAPERS + 1, EXPECTED.size(), "the review copies share one DOI");
    }

    /** A paper of 1 to 6 ICE statements, so that a paper cut in two would show in its record count. */
    static String textPaper(int n) {
        StringBuilder text = new StringBuilder("# Silicon anode study " + n + "\n\n");
        for (int k = 0; k <= n % 6; k++) {
            text.append("The Si").append(n).append('-').append(k).append(" anode shows an ICE of ")
                    .append(70 + k).append('.').append(n % 10).append("%.\n\n")
                    .append("Its surface was coated with carbon in step ").append(k).append(".\n\n");
        }
        return text.toString();
    }

    static Stream<Integer> runs() {
        return IntStream.rangeClosed(1, Integer.getInteger("simine.crashRuns", 2)).boxed();
    }

    @ParameterizedTest(name = "kill {0}")
    @MethodSource("runs")
    void aKilledIngestLeavesACompleteIndexAndAReRunFinishesIt(int run) throws Exception {
        Path index = tmp.resolve("index-" + run);
        // After the first commit, kill after 0..8 more files: kills land before, during and after later commits.
        int moreFiles = new Random(run).nextInt(9);
        Process ingest = new ProcessBuilder(javaCommand(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SiMineCommand.class.getName(), "ingest", papers.toString(), "--index", index.toString(),
                "--commit-every", "2", "--workers", "2")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> searchProblems = new CopyOnWriteArrayList<>();
        int searches = 0;
        int filesDone;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(ingest.getErrorStream(),
                StandardCharsets.UTF_8))) {
            filesDone = waitForFirstCommit(err);
            for (int i = 0; i < moreFiles; i++) {
                searchProblems.addAll(searchWhileIngesting(index));
                searches++;
                if (readFileLine(err)) {
                    filesDone++;
                }
            }
            assertTrue(ingest.isAlive(), "ingest finished before it could be killed; make the corpus bigger");
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(30, TimeUnit.SECONDS), "killed ingest did not end");
        } finally {
            ingest.destroyForcibly();
        }
        assertEquals(List.of(), searchProblems, "searches during ingest saw incomplete papers");

        IndexSnapshot afterKill = IndexSnapshot.of(index);
        assertTrue(afterKill.papers().size() >= 2, "the first commit holds 2 papers: " + afterKill.papers().keySet());
        assertTrue(afterKill.papers().size() < EXPECTED.size(), "all papers were committed before the kill: "
                + "not mid-run; make the corpus bigger");
        assertEveryPaperCompleteAndAsExtracted(afterKill);

        CliTest.Run again = CliTest.run("ingest", papers.toString(), "--index", index.toString(), "--commit-every", "2");
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("skipped " + (afterKill.papers().size() + REVIEW_COPIES - 1) + ", failed 0"),
                "committed papers and the other review copies are skipped: " + again.out());
        IndexSnapshot finished = IndexSnapshot.of(index);
        assertEquals(EXPECTED.keySet(), finished.papers().keySet());
        assertEveryPaperCompleteAndAsExtracted(finished);
        assertEquals(EXPECTED.size(), finished.paperDocs(), "one paper document per paper");
        assertEquals(EXPECTED.values().stream().mapToLong(Integer::longValue).sum(), finished.recordDocs(),
                "no record twice");
        System.out.printf("crash run %d: killed after %d progress lines read (first commit + %d), %d of %d papers "
                + "committed, %d rounds of concurrent export+search consistent, re-run completed%n", run, filesDone,
                moreFiles, afterKill.papers().size(), EXPECTED.size(), searches);
    }

    static void assertEveryPaperCompleteAndAsExtracted(IndexSnapshot snapshot) {
        snapshot.papers().forEach((docId, counts) -> {
            assertTrue(counts.complete(), docId + " is incomplete: " + counts);
            assertEquals(EXPECTED.get(docId), counts.recordDocs(), docId + " from " + FILE_OF.get(docId));
        });
    }

    /** Reads progress lines up to the first commit; returns the files done by then. */
    static int waitForFirstCommit(BufferedReader err) throws IOException {
        int files = 0;
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.startsWith("ingest [")) {
                files++;
            }
            if (line.startsWith("ingest: committed")) {
                return files;
            }
        }
        throw new AssertionError("ingest ended before its first commit");
    }

    /** Reads up to the next per-file progress line; false when the stream ended. */
    static boolean readFileLine(BufferedReader err) throws IOException {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.startsWith("ingest [")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code export} and {@code search} in this JVM while the other process writes: every paper they show must
     * have exactly the records its extraction gives (a paper written in part would have fewer).
     */
    static List<String> searchWhileIngesting(Path index) throws Exception {
        List<String> problems = new ArrayList<>();
        CliTest.Run export = CliTest.run("export", "--index", index.toString());
        CliTest.Run ice = CliTest.run("search", "property:initial_coulombic_efficiency", "--index", index.toString(),
                "--format", "jsonl", "--limit", "100000");
        for (CliTest.Run r : List.of(export, ice)) {
            if (r.code() != 0) {
                problems.add("exit " + r.code() + ": " + r.err());
                continue;
            }
            Map<String, Long> perPaper = RecordJson.readJsonl(new StringReader(r.out())).stream()
                    .collect(Collectors.groupingBy(Record::doc, Collectors.counting()));
            perPaper.forEach((doc, n) -> {
                // Text papers give ICE records only, so both views must show all of them; the review gives more
                // kinds, so the ICE search shows part of its records by design and is checked by export only.
                boolean checkable = r == export || doc.startsWith("sha256:");
                if (checkable && n.intValue() != EXPECTED.getOrDefault(doc, -1)) {
                    problems.add(doc + ": " + n + " records visible, " + EXPECTED.get(doc) + " expected");
                }
            });
        }
        return problems;
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
