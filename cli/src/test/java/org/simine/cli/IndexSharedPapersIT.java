package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/**
 * Ingests corpus/ and the shared papers folder into one on-disk index (skipped when the shared folder is absent):
 * 34 papers, the folder's notes left out visibly, no duplicate.
 */
class IndexSharedPapersIT {
    static final Path SHARED_PAPERS = Path.of(System.getProperty("simine.shared", "../shared")).resolve("papers");
    static final Pattern RECORDS = Pattern.compile(": (\\d+) records, (\\d+) passages");

    @Test
    void corpusAndSharedPapersIngestOnceAndSearch(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(SHARED_PAPERS), "skipped: no shared papers at " + SHARED_PAPERS.toAbsolutePath()
                + " (point -Dsimine.shared at the shared folder)");
        // The folder as a whole (issue 13): its MANIFEST.md is the folder's notes, not a paper. It prints the
        // nanoweb paper's DOI first, and read as a paper it competed with that PDF; now it is left out, and said so.
        long pdfs;
        try (Stream<Path> s = Files.list(SHARED_PAPERS)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        String index = tmp.resolve("index").toString();
        String corpus = CliTest.ROOT.resolve("corpus").toString();
        List<String> args = new ArrayList<>(List.of("ingest", corpus, SHARED_PAPERS.toString(), "--index", index));

        CliTest.Run first = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().startsWith("ingested " + (pdfs + 1) + ", replaced 0, skipped 0, failed 0"), first.out());
        assertTrue(first.out().contains("\n  not read " + SHARED_PAPERS.resolve("MANIFEST.md") + ": a notes file, "
                + "not a paper"), first.out());
        assertFalse(first.out().contains("duplicate"), "no duplicate at all: " + first.out());
        assertEquals(0, Files.size(tmp.resolve("failed.jsonl")), "nothing failed, nothing duplicated");
        Matcher m = RECORDS.matcher(first.out());
        assertTrue(m.find(), first.out());
        long records = Long.parseLong(m.group(1));
        assertTrue(Long.parseLong(m.group(2)) > 1000, "passages: " + first.out());

        CliTest.Run again = CliTest.run(args.toArray(String[]::new));
        assertTrue(again.out().startsWith("ingested 0, replaced 0, skipped " + (pdfs + 1) + ", failed 0"), again.out());

        CliTest.Run all = CliTest.run("export", "--index", index);
        assertEquals(records, all.out().lines().count());
        CliTest.Run stats = CliTest.run("stats", "--index", index);
        assertTrue(stats.out().contains(": " + (pdfs + 1) + " papers,"), stats.out());
        try (SiMineIndex idx = SiMineIndex.open(Path.of(index))) {
            List<String> files = idx.papers().stream().map(p -> Path.of(p.path()).getFileName().toString()).toList();
            assertTrue(files.stream().allMatch(f -> f.endsWith(".pdf")), files.toString());
            assertTrue(files.stream().anyMatch(f -> f.contains("3D_Cross-Linked_Nanoweb")), "the nanoweb paper is in");
        }

        CliTest.Run retention = CliTest.run("search", "property:capacity_retention value:>=50", "--index", index,
                "--format", "jsonl", "--limit", "1000");
        List<Record> hits = RecordJson.readJsonl(new StringReader(retention.out()));
        assertTrue(hits.stream().anyMatch(r -> "SiMn05%".equals(r.material()) && r.rate().value() == 3.2), hits.toString());
        CliTest.Run silicon = CliTest.run("search", "\"silicon anode\" AND property:cycling_stability", "--index", index);
        assertEquals(0, silicon.code(), silicon.err());
        assertFalse(silicon.out().startsWith("0 records"), silicon.out());
    }
}
