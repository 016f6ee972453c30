package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;

/**
 * Issue 13, with the real extractor: a folder's notes never become a paper, a text file holding a paper's DOI never
 * displaces its PDF, and every duplicate is named with both files in the summary and in failed.jsonl.
 */
class IngestDuplicatesTest {
    static final String DOI = "10.1039/d4ee05595k";

    @Test
    void notesAreNotReadAndEveryDuplicateIsNamedWithBothFiles(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Path pdf = Files.copy(CliTest.REVIEW, papers.resolve("review.pdf"));
        // The folder's notes: they print the review's DOI first, as ../shared/papers/MANIFEST.md prints the
        // nanoweb paper's.
        Path readme = Files.writeString(papers.resolve("README.md"), "# Papers\n\n| file | DOI |\n|---|---|\n"
                + "| review.pdf | " + DOI + " |\n");
        // A user's own text of the review (same DOI), and a paper text of their own (no DOI): both are papers.
        Path copy = Files.writeString(papers.resolve("a-review-excerpt.txt"), "DOI: " + DOI + "\n\nThe Si NW anode "
                + "retains ~60% of its capacity at 1C.\n");
        Path own = Files.writeString(papers.resolve("own-paper.txt"), "The Si@C anode shows an initial Coulombic "
                + "efficiency of 86.9%.\n");
        Path index = tmp.resolve("data").resolve("index");

        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", index.toString(), "--workers", "1");
        assertEquals(0, r.code(), "a duplicate is no failure: " + r.out() + r.err());
        assertTrue(r.out().startsWith("ingested 2, replaced 1, skipped 0, failed 0 of 3 files"), r.out());
        assertTrue(r.out().contains("\n  not read " + readme + ": a notes file, not a paper (its name is README); "
                + "name it on the command line to read it as a paper\n"), r.out());
        String duplicate = copy + ": same paper (" + DOI + ") as " + pdf + ", which is kept: its pdf version is kept "
                + "(a PDF is the paper as published and its records carry page numbers; a text file has no pages)";
        assertTrue(r.out().contains("\n  duplicate " + duplicate + "\n"), r.out());
        Path failed = tmp.resolve("data").resolve("failed.jsonl");
        assertTrue(r.out().contains("duplicates: 1 file left out as the same paper as another file, listed in "
                + failed), r.out());
        List<JsonNode> report = IngestFailuresTest.report(failed);
        assertEquals(1, report.size(), report.toString());
        assertEquals(Map.of("file", copy.toString(), "error", "DUPLICATE", "message", duplicate,
                "kept", pdf.toString(), "doc", DOI), fields(report.get(0)));

        try (SiMineIndex idx = SiMineIndex.open(index)) {
            Map<String, Paper> byPath = idx.papers().stream().collect(Collectors.toMap(Paper::path, p -> p));
            assertEquals(2, byPath.size(), byPath.keySet().toString());
            assertEquals(DOI, byPath.get(pdf.toString()).docId());
            assertEquals("pdf", byPath.get(pdf.toString()).format());
            assertTrue(byPath.containsKey(own.toString()), "a user's text paper is ingested");
        }

        // Named on the command line the notes are read, as the user asked; they still never displace the PDF.
        CliTest.Run named = CliTest.run("ingest", readme.toString(), "--index", index.toString());
        assertEquals(0, named.code(), named.out() + named.err());
        assertTrue(named.out().contains("\n  duplicate " + readme + ": same paper (" + DOI + ") as " + pdf
                + ", which is kept: its pdf version is kept"), named.out());
        assertEquals(List.of(readme.toString()), IngestFailuresTest.report(failed).stream()
                .map(n -> n.get("file").asText()).toList());
        try (SiMineIndex idx = SiMineIndex.open(index)) {
            assertEquals(2, idx.papers().size());
        }
    }

    @Test
    void theSamePaperAsPdfAndPublisherXmlIsNamedWithBothFiles(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Path pdf = Files.copy(CliTest.REVIEW, papers.resolve("review.pdf"));
        Path xml = Files.writeString(papers.resolve("review.xml"), CliTest.reviewAsJats());
        Path failed = tmp.resolve("failed.jsonl");
        CliTest.Run r = CliTest.run("ingest", papers.toString(), "--index", tmp.resolve("index").toString(),
                "--failed", failed.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\n  duplicate " + pdf + ": same paper (" + DOI + ") as " + xml
                + ", which is kept: its jats-xml version is kept (publisher markup"), r.out());
        JsonNode line = IngestFailuresTest.report(failed).get(0);
        assertEquals(List.of(pdf.toString(), "DUPLICATE", xml.toString()),
                List.of(line.get("file").asText(), line.get("error").asText(), line.get("kept").asText()));
        assertFalse(r.out().contains("failures:"), r.out());
    }

    static Map<String, String> fields(JsonNode n) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
