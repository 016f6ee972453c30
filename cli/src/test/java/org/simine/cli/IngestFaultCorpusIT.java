package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.faults.FaultCorpus;
import org.simine.extract.faults.FaultCorpus.Expect;
import org.simine.extract.faults.FaultCorpus.Fault;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;

/**
 * One ingest run over every file of the fault corpus, corpus/ and the shared papers, with the default limits: it
 * must finish, account for every file exactly once (ingested, skipped as a duplicate, or failed and listed in
 * failed.jsonl with its kind), refuse what the corpus says must be refused, and lose none of the good papers.
 */
class IngestFaultCorpusIT {
    static final Path SHARED_PAPERS = Path.of(System.getProperty("simine.shared", "../shared")).resolve("papers");
    /** "ingest [3/80 1.2 files/s, ETA 1:05] failed /x/y.pdf: not a readable PDF (…)" */
    static final Pattern PROGRESS = Pattern.compile("ingest \\[\\d+/(\\d+) [^]]*] (ingested|replaced|skipped|failed) (.+)");

    @Test
    void everyFileIsAccountedForAndNoGoodPaperIsLost(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(SHARED_PAPERS), "skipped: no shared papers at " + SHARED_PAPERS.toAbsolutePath());
        Path faultDir = Files.createDirectories(tmp.resolve("faults"));
        Map<Path, Fault> faults = new HashMap<>();
        List<String> args = new ArrayList<>(List.of("ingest", "--index", tmp.resolve("index").toString(),
                "--failed", tmp.resolve("failed.jsonl").toString()));
        for (Fault fault : FaultCorpus.all(CliTest.REVIEW)) {
            if (fault.name().equals("directory.pdf")) {
                continue; // a folder named as an argument is walked for papers, not read as one
            }
            Path file = fault.writeTo(faultDir);
            faults.put(file, fault);
            args.add(file.toString()); // by name, so unsupported types reach the extractor and are reported
        }
        List<Path> shared;
        try (Stream<Path> s = Files.list(SHARED_PAPERS)) {
            shared = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        shared.forEach(p -> args.add(p.toString()));
        args.add(CliTest.REVIEW.toString());
        int files = faults.size() + shared.size() + 1;

        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertEquals(2, run.code(), run.out());

        Map<Path, String> outcome = new HashMap<>();
        Map<Path, String> detail = new HashMap<>();
        for (String line : run.err().lines().toList()) {
            Matcher m = PROGRESS.matcher(line);
            if (!m.matches()) {
                continue;
            }
            assertEquals(files, Integer.parseInt(m.group(1)), line);
            Path file = Path.of(m.group(2).equals("failed") ? m.group(3).substring(0, m.group(3).indexOf(": "))
                    : m.group(3).replaceFirst("( \\(\\d+ records.*|: .*)$", ""));
            assertEquals(null, outcome.put(file, m.group(2)), "one outcome per file: " + file);
            detail.put(file, m.group(3));
        }
        assertEquals(files, outcome.size(), "every file has an outcome: " + run.err());

        Map<String, JsonNode> failed = new HashMap<>();
        Map<String, JsonNode> duplicates = new HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("failed.jsonl"))) {
            JsonNode n = new ObjectMapper().readTree(line);
            Map<String, JsonNode> kind = n.get("error").asText().equals(FailureReport.DUPLICATE) ? duplicates : failed;
            assertEquals(null, kind.put(n.get("file").asText(), n), "listed once: " + line);
        }
        long failedCount = outcome.values().stream().filter("failed"::equals).count();
        assertEquals(failedCount, failed.size(), "failed.jsonl lists exactly the failed files");
        // ... and every file left out as the same paper as another (copies of the review under other names).
        long sameAs = detail.values().stream().filter(d -> d.contains(": same ")).count();
        assertEquals(sameAs, duplicates.size(), "every duplicate is listed: " + duplicates.keySet());
        duplicates.values().forEach(n -> assertTrue(outcome.containsKey(Path.of(n.get("kept").asText()))
                || outcome.containsKey(Path.of(n.get("kept").asText()).toAbsolutePath()), n.toString()));

        faults.forEach((file, fault) -> {
            String o = outcome.get(file);
            switch (fault.limits() == null ? fault.expect() : Expect.EITHER) { // custom limits are not in effect here
                case INPUT_ERROR -> {
                    assertEquals("failed", o, fault.name() + ": " + detail.get(file));
                    if (fault.problem() != null) {
                        assertEquals(fault.problem().name(), failed.get(file.toString()).get("error").asText(),
                                fault.name());
                    }
                }
                case RECORDS -> assertTrue(o.equals("ingested") || detail.get(file).contains(": same "),
                        fault.name() + " " + o + ": " + detail.get(file));
                case EITHER -> assertTrue(!o.equals("skipped") || detail.get(file).contains(": same "),
                        fault.name() + " " + o + ": " + detail.get(file));
                default -> throw new IllegalStateException(fault.expect().name());
            }
        });
        for (Path paper : shared) {
            assertEquals("ingested", outcome.get(paper), paper + ": " + detail.get(paper));
        }

        long ingested = outcome.values().stream().filter("ingested"::equals).count();
        assertTrue(run.out().startsWith("ingested " + ingested + ", replaced 0, skipped "
                + outcome.values().stream().filter("skipped"::equals).count() + ", failed " + failedCount + " of "
                + files + " files"), run.out());
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            List<Paper> papers = index.papers();
            assertEquals(ingested, papers.size(), "one paper per ingested file");
            assertEquals(papers.stream().mapToLong(Paper::records).sum(), index.count(""));
            assertTrue(papers.stream().anyMatch(p -> p.docId().equals("10.1039/d4ee05595k")), "the review is in");
        }
        System.out.printf("fault corpus + shared papers: %d files, %d ingested, %d skipped, %d failed %s%n", files,
                ingested, outcome.values().stream().filter("skipped"::equals).count(), failedCount,
                new TreeMap<>(failed.values().stream().collect(Collectors.groupingBy(
                        n -> n.get("error").asText(), Collectors.counting()))));
    }
}
