package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.faults.FaultCorpus;
import org.simine.extract.faults.FaultCorpus.Fault;

/** ingest's failure report (failed.jsonl), --fail-fast and the extraction limits, in-process on small files. */
class IngestFailuresTest {
    static final Map<String, Fault> FAULTS = FaultCorpus.all(CliTest.REVIEW).stream()
            .collect(Collectors.toMap(Fault::name, Function.identity()));

    static Path folder(Path tmp, String... faults) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        for (String name : faults) {
            FAULTS.get(name).writeTo(dir);
        }
        return dir;
    }

    static List<JsonNode> report(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    @Test
    void failuresGoToFailedJsonlNextToTheIndex(@TempDir Path tmp) throws Exception {
        Path papers = folder(tmp, "paper.txt", "user-password.pdf", "latin1.txt", "plain.pdf");
        Path index = tmp.resolve("data").resolve("index");
        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", index.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("ingested 2, replaced 0, skipped 0, failed 2 of 4 files"), r.out());
        Path failed = tmp.resolve("data").resolve("failed.jsonl");
        assertTrue(r.out().contains("failures: 2 listed in " + failed), r.out());
        List<JsonNode> lines = report(failed);
        assertEquals(2, lines.size());
        JsonNode locked = lines.stream().filter(n -> n.get("file").asText().endsWith("user-password.pdf")).findFirst()
                .orElseThrow();
        assertEquals("ENCRYPTED", locked.get("error").asText());
        assertEquals(papers.resolve("user-password.pdf") + ": PDF is protected by a password (save an unprotected "
                + "copy to extract it)", locked.get("message").asText());
        assertEquals(List.of("file", "error", "message"), iterable(locked));
        assertTrue(lines.stream().anyMatch(n -> n.get("error").asText().equals("BAD_ENCODING")), lines.toString());

        // The next run starts the report afresh: the two files fail again, nothing is appended twice.
        CliTest.run("ingest", papers.toString(), "--index", index.toString());
        assertEquals(2, report(failed).size());
    }

    @Test
    void aCleanRunLeavesAnEmptyReportWhereAsked(@TempDir Path tmp) throws Exception {
        Path papers = folder(tmp, "paper.md");
        Path failed = tmp.resolve("reports").resolve("run-1.jsonl");
        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", tmp.resolve("index").toString(),
                "--failed", failed.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, Files.size(failed));
        assertFalse(r.out().contains("failures:"), r.out());
    }

    @Test
    void failFastStopsAtTheFirstFailureWithExitCode2(@TempDir Path tmp) throws Exception {
        // Sorted: a-, b- before the broken c-; one worker finishes them in that order.
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(papers.resolve("a.txt"), "The Si@C anode shows an ICE of 86.9%.");
        Files.writeString(papers.resolve("b.txt"), "The Si/C anode shows an ICE of 81.2%.");
        Files.write(papers.resolve("c.pdf"), "%PDF-1.7\n".getBytes());
        for (char c = 'd'; c <= 'k'; c++) {
            Files.writeString(papers.resolve(c + ".txt"), "The Si" + c + " anode shows an ICE of 80." + (c - 'a') + "%.");
        }
        String index = tmp.resolve("index").toString();
        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", index, "--workers", "1", "--fail-fast");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("failed  " + papers.resolve("c.pdf") + ": not a readable PDF"), r.out());
        assertTrue(r.out().matches("(?s).*stopped at the first failure \\(--fail-fast\\): [1-8] files not processed.*"),
                r.out());
        assertTrue(CliTest.run("stats", "--index", index).out().contains(": 2 papers,"), "a and b are kept");

        CliTest.Run rest = CliTest.run("ingest", papers.toString(), "--index", index);
        assertTrue(rest.out().startsWith("ingested 8, replaced 0, skipped 2, failed 1 of 11 files"), rest.out());
    }

    @Test
    void pageCapAndTimeoutAreOptions(@TempDir Path tmp) throws Exception {
        Path papers = folder(tmp, "six-pages-over-a-cap-of-five.pdf", "xobject-bomb.pdf", "plain.pdf");
        Path failed = tmp.resolve("failed.jsonl");
        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", tmp.resolve("index").toString(),
                "--max-pages", "5", "--timeout", "1", "--failed", failed.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("ingested 1, replaced 0, skipped 0, failed 2 of 3 files"), r.out());
        Map<String, String> errors = report(failed).stream().collect(Collectors.toMap(
                n -> Path.of(n.get("file").asText()).getFileName().toString(), n -> n.get("error").asText()));
        assertEquals(Map.of("six-pages-over-a-cap-of-five.pdf", "TOO_MANY_PAGES", "xobject-bomb.pdf", "TIMED_OUT"),
                errors);
        assertTrue(r.out().contains("six-pages-over-a-cap-of-five.pdf: too many pages (6 pages, the limit is 5)"),
                r.out());
        assertTrue(r.out().contains("xobject-bomb.pdf: extraction timed out (not finished within the limit of 1 s)"),
                r.out());
        assertEquals(2, CliTest.run("ingest", papers.toString(), "--timeout", "0").code());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
