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
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/** Ingests corpus/ and the shared papers into one on-disk index (skipped when the shared folder is absent). */
class IndexSharedPapersIT {
    static final Path SHARED_PAPERS = Path.of(System.getProperty("simine.shared", "../shared")).resolve("papers");
    static final Pattern RECORDS = Pattern.compile(": (\\d+) records, (\\d+) passages");

    @Test
    void corpusAndSharedPapersIngestOnceAndSearch(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(SHARED_PAPERS), "skipped: no shared papers at " + SHARED_PAPERS.toAbsolutePath()
                + " (point -Dsimine.shared at the shared folder)");
        // The PDFs by name: the folder's MANIFEST.md is documentation, and as a .md file it would be read as a paper.
        List<String> sharedPdfs;
        try (Stream<Path> s = Files.list(SHARED_PAPERS)) {
            sharedPdfs = s.filter(p -> p.toString().endsWith(".pdf")).map(Path::toString).sorted().toList();
        }
        long pdfs = sharedPdfs.size();
        String index = tmp.resolve("index").toString();
        String corpus = CliTest.ROOT.resolve("corpus").toString();
        List<String> args = new ArrayList<>(List.of("ingest", corpus, "--index", index));
        args.addAll(sharedPdfs);

        CliTest.Run first = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().startsWith("ingested " + (pdfs + 1) + ", replaced 0, skipped 0, failed 0"), first.out());
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

        CliTest.Run retention = CliTest.run("search", "property:capacity_retention value:>=50", "--index", index,
                "--format", "jsonl", "--limit", "1000");
        List<Record> hits = RecordJson.readJsonl(new StringReader(retention.out()));
        assertTrue(hits.stream().anyMatch(r -> "SiMn05%".equals(r.material()) && r.rate().value() == 3.2), hits.toString());
        CliTest.Run silicon = CliTest.run("search", "\"silicon anode\" AND property:cycling_stability", "--index", index);
        assertEquals(0, silicon.code(), silicon.err());
        assertFalse(silicon.out().startsWith("0 records"), silicon.out());
    }
}
