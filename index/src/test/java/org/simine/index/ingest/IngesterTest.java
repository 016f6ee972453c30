package org.simine.index.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.document.PageText;
import org.simine.index.ingest.FileOutcome.Status;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * Ingest semantics with a small fake extractor (so these tests need no CoreNLP): each line "X retains N%" is a
 * record, "doi: …" sets the id, "BROKEN" makes the file unreadable and "CRASH" makes the extractor throw.
 */
class IngesterTest {
    static final Pattern RETAINS = Pattern.compile("(\\S+) retains (\\d+)%");
    static final Pattern DOI = Pattern.compile("doi: (\\S+)");

    static final class FakeExtractor implements PaperExtractor {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ExtractedPaper extract(Path file) throws UnreadablePaperException {
            calls.incrementAndGet();
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UnreadablePaperException(file + ": cannot read", e);
            }
            if (text.startsWith("BROKEN")) {
                throw new UnreadablePaperException(file + ": not a readable PDF (truncated)", "CORRUPT_PDF", null);
            }
            if (text.startsWith("CRASH")) {
                throw new IllegalStateException("bug in a rule");
            }
            Matcher doi = DOI.matcher(text);
            String id = doi.find() ? doi.group(1) : "sha256:" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
            List<Record> records = new ArrayList<>();
            Matcher m = RETAINS.matcher(text);
            while (m.find()) {
                records.add(Record.builder().doc(id).material(m.group(1)).property(Property.CAPACITY_RETENTION)
                        .value(Double.valueOf(m.group(2))).unit(Unit.PERCENT).raw(m.group(2) + "%")
                        .source(Source.text(null, null, records.size(), m.start(), m.end(), m.group(), "fake"))
                        .build());
            }
            return new ExtractedPaper(id, doi.find(0) ? doi.group(1) : null, null, 1,
                    List.of(new PageText(null, text)), records);
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static IngestSummary ingest(SiMineIndex index, Path dir, PaperExtractor extractor) throws Exception {
        return index.ingest(files(dir), extractor, new IngestOptions(2, 2), IngestListener.NONE);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void ingestsGoodFilesReportsBadOnesAndIsIdempotent(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        write(papers, "a.txt", "SiA retains 70%. SiB retains 50%.");
        write(papers, "b.txt", "doi: 10.1/b\nSiC retains 80%.");
        write(papers, "c.txt", "BROKEN");
        write(papers, "d.txt", "CRASH");
        write(papers, "e.txt", "No numbers here.");
        FakeExtractor extractor = new FakeExtractor();
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary first = ingest(index, papers, extractor);
            assertEquals(3, first.count(Status.INGESTED));
            assertEquals(2, first.count(Status.FAILED));
            assertEquals(3, first.records());
            List<String> reasons = first.with(Status.FAILED).stream().map(FileOutcome::reason).sorted().toList();
            assertEquals(papers.resolve("c.txt") + ": not a readable PDF (truncated)", reasons.get(0));
            assertTrue(reasons.get(1).startsWith(papers.resolve("d.txt") + ": extraction failed: "), reasons.get(1));
            assertEquals(List.of("CORRUPT_PDF", FileOutcome.INTERNAL_ERROR),
                    first.with(Status.FAILED).stream().map(FileOutcome::error).sorted().toList());
            assertTrue(first.with(Status.INGESTED).stream().allMatch(o -> o.error() == null));
            assertEquals(0, first.notProcessed());
            assertEquals(3, index.count(""));
            assertEquals(3, index.papers().size());

            int callsBefore = extractor.calls.get();
            IngestSummary second = ingest(index, papers, extractor);
            assertEquals(3, second.count(Status.SKIPPED));
            assertTrue(second.with(Status.SKIPPED).stream().allMatch(o -> o.reason().equals("unchanged since last ingest")));
            assertEquals(2, extractor.calls.get() - callsBefore, "only the failed files are read again");
            assertEquals(3, index.count(""));
            assertEquals(3, index.papers().size());
        }
    }

    @Test
    void aChangedFileReplacesItsOldRecords(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        write(papers, "a.txt", "SiA retains 70%. SiB retains 50%.");
        write(papers, "b.txt", "doi: 10.1/b\nSiC retains 80%.");
        FakeExtractor extractor = new FakeExtractor();
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            ingest(index, papers, extractor);
            // a.txt has no DOI, so its id is its hash and changes with it; b.txt keeps its DOI.
            write(papers, "a.txt", "SiA retains 71%.");
            write(papers, "b.txt", "doi: 10.1/b\nSiC retains 81%. SiD retains 60%.");
            IngestSummary summary = ingest(index, papers, extractor);
            assertEquals(2, summary.count(Status.REPLACED));
            assertEquals(List.of(60.0, 71.0, 81.0), index.records("").stream().map(Record::value).sorted().toList());
            assertEquals(0, index.count("material:SiB"));
            assertEquals(2, index.papers().size());
            assertEquals(0, index.count("Numbers"), "passages of the old version are gone too");
        }
    }

    @Test
    void copiesOfAFileAreSkippedAsDuplicates(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        write(papers, "a.txt", "SiA retains 70%.");
        write(papers, "a-copy.txt", "SiA retains 70%.");
        write(papers, "b.txt", "doi: 10.1/b\nSiC retains 80%.");
        write(papers, "b-revised.txt", "doi: 10.1/b\nSiC retains 80%. Revised.");
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary summary = index.ingest(files(papers), new FakeExtractor(), new IngestOptions(1, 10),
                    IngestListener.NONE);
            assertEquals(2, summary.count(Status.INGESTED));
            assertEquals(2, summary.count(Status.SKIPPED));
            assertEquals(2, index.count(""));
            IngestSummary again = index.ingest(files(papers), new FakeExtractor(), new IngestOptions(1, 10),
                    IngestListener.NONE);
            assertEquals(4, again.count(Status.SKIPPED), "re-running never flips between the two versions");
        }
    }

    /** Files named *.xml stand for publisher markup (rank 3, one paragraph per line), the others for PDFs (rank 1). */
    static PaperExtractor byFormat() {
        FakeExtractor fake = new FakeExtractor();
        return file -> {
            ExtractedPaper p = fake.extract(file);
            boolean markup = file.toString().endsWith(".xml");
            List<ExtractedPaper.Paragraph> paragraphs = !markup ? List.of() : p.pages().get(0).text().lines()
                    .map(l -> new ExtractedPaper.Paragraph("Results", l)).toList();
            return new ExtractedPaper(p.docId(), p.doi(), p.title(), 1, p.pages(), p.records(),
                    markup ? "jats-xml" : "pdf", markup ? 3 : 1, paragraphs);
        };
    }

    @Test
    void publisherMarkupWinsOverThePdfOfTheSamePaperWhicheverComesFirst(@TempDir Path tmp) throws Exception {
        for (boolean pdfFirst : new boolean[] {true, false}) {
            Path papers = Files.createDirectories(tmp.resolve("papers-" + pdfFirst));
            Path pdf = write(papers, "paper.pdf", "doi: 10.1/x\nSiA retains 70%.");
            Path xml = write(papers, "paper.xml", "doi: 10.1/x\nSiA retains 71%.\nSiB retains 50%.");
            try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index-" + pdfFirst))) {
                List<Path> order = pdfFirst ? List.of(pdf, xml) : List.of(xml, pdf);
                IngestSummary summary = index.ingest(order, byFormat(), new IngestOptions(1, 10), IngestListener.NONE);
                assertEquals(List.of(50.0, 71.0), index.records("").stream().map(Record::value).sorted().toList());
                assertEquals(1, index.papers().size());
                assertEquals("jats-xml", index.papers().get(0).format());
                assertEquals(xml.toAbsolutePath().normalize().toString(), index.papers().get(0).path());
                FileOutcome pdfOutcome = summary.outcomes().stream().filter(o -> o.file().equals(pdf)).findFirst()
                        .orElseThrow();
                FileOutcome xmlOutcome = summary.outcomes().stream().filter(o -> o.file().equals(xml)).findFirst()
                        .orElseThrow();
                if (pdfFirst) {
                    assertEquals(Status.REPLACED, xmlOutcome.status());
                    assertTrue(xmlOutcome.reason().contains("jats-xml version is kept"), xmlOutcome.reason());
                } else {
                    assertEquals(Status.SKIPPED, pdfOutcome.status());
                    assertTrue(pdfOutcome.reason().contains("its jats-xml version is kept"), pdfOutcome.reason());
                }
                // Markup passages are its paragraphs, numbered as records number them.
                assertEquals("SiB retains 50%.", index.passage("10.1/x", 2).orElseThrow().text());
                IngestSummary again = index.ingest(order, byFormat(), new IngestOptions(1, 10), IngestListener.NONE);
                assertEquals(0, again.count(Status.INGESTED) + again.count(Status.REPLACED), "never flips");
                assertEquals("jats-xml", index.papers().get(0).format());
            }
        }
    }

    /** Files named *.txt stand for plain text (rank 0), *.xml for publisher markup (rank 3), the others for PDFs. */
    static PaperExtractor pdfOrText() {
        PaperExtractor markup = byFormat();
        return file -> {
            ExtractedPaper p = markup.extract(file);
            boolean text = file.toString().endsWith(".txt");
            return !text ? p : new ExtractedPaper(p.docId(), p.doi(), p.title(), 1, p.pages(), p.records(),
                    "text", 0, List.of());
        };
    }

    static FileOutcome outcome(IngestSummary summary, Path file) {
        return summary.outcomes().stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow();
    }

    /**
     * Issue 13: a text file holding a paper's DOI (the folder's notes, say) never displaces the PDF, whichever comes
     * first, and the duplicate names both files.
     */
    @Test
    void thePdfWinsOverATextFileOfTheSameDoiAndTheDuplicateNamesBoth(@TempDir Path tmp) throws Exception {
        for (boolean textFirst : new boolean[] {true, false}) {
            Path papers = Files.createDirectories(tmp.resolve("papers-" + textFirst));
            Path text = write(papers, "MANIFEST.txt", "Papers here: doi: 10.1/nanoweb\nNotes retains 10%.");
            Path pdf = write(papers, "nanoweb.pdf", "doi: 10.1/nanoweb\nTiO2 retains 80%.");
            try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index-" + textFirst))) {
                List<Path> order = textFirst ? List.of(text, pdf) : List.of(pdf, text);
                IngestSummary summary = index.ingest(order, pdfOrText(), new IngestOptions(1, 10),
                        IngestListener.NONE);
                assertEquals(1, index.papers().size());
                assertEquals("pdf", index.papers().get(0).format());
                assertEquals(List.of(80.0), index.records("").stream().map(Record::value).toList());
                FileOutcome second = outcome(summary, textFirst ? pdf : text);
                assertEquals(textFirst ? Status.REPLACED : Status.SKIPPED, second.status());
                FileOutcome.Duplicate d = second.duplicate();
                assertEquals(new FileOutcome.Duplicate("10.1/nanoweb", pdf, text,
                        "its pdf version is kept (" + Ingester.PDF_WINS + ")"), d);
                assertTrue(second.reason().contains(textFirst ? text.toString() : pdf.toString()), second.reason());
                assertEquals(null, outcome(summary, textFirst ? text : pdf).duplicate(), "the first file met none");

                IngestSummary again = index.ingest(order, pdfOrText(), new IngestOptions(1, 10), IngestListener.NONE);
                assertEquals(0, again.count(Status.INGESTED) + again.count(Status.REPLACED), "never flips");
                assertEquals(pdf, outcome(again, text).duplicate().kept(), "reported again on every run");
                assertEquals("pdf", index.papers().get(0).format());
            }
        }
    }

    @Test
    void aChainOfCopiesNamesTheFileKeptAtTheEnd(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Path text = write(papers, "a.txt", "doi: 10.1/x\nSiA retains 70%.");
        Path pdf = write(papers, "b.pdf", "doi: 10.1/x\nSiA retains 71%.");
        Path xml = write(papers, "c.xml", "doi: 10.1/x\nSiA retains 72%.");
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary summary = index.ingest(List.of(text, pdf, xml), pdfOrText(), new IngestOptions(1, 10),
                    IngestListener.NONE);
            assertEquals(pdf, outcome(summary, pdf).duplicate().kept(), "when met, the PDF displaced the text");
            String markupWins = "its jats-xml version is kept (" + Ingester.MARKUP_WINS + ")";
            assertEquals(List.of(new FileOutcome.Duplicate("10.1/x", xml, text, markupWins),
                    new FileOutcome.Duplicate("10.1/x", xml, pdf, markupWins)), summary.duplicates());
            assertEquals(List.of(72.0), index.records("").stream().map(Record::value).toList());
        }
    }

    @Test
    void betweenEqualFormatsTheFirstStaysAndCopiesAreNamedToo(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Path a = write(papers, "a.pdf", "doi: 10.1/a\nSiA retains 70%.");
        Path b = write(papers, "b.pdf", "doi: 10.1/a\nSiB retains 60%.");
        Path copy = write(papers, "c.pdf", "doi: 10.1/a\nSiA retains 70%.");
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary summary = index.ingest(List.of(a, b, copy), pdfOrText(), new IngestOptions(1, 10),
                    IngestListener.NONE);
            assertEquals(1, summary.count(Status.INGESTED));
            assertEquals(new FileOutcome.Duplicate("10.1/a", a, b, Ingester.FIRST_WINS), outcome(summary, b).duplicate());
            assertEquals(new FileOutcome.Duplicate("10.1/a", a, copy, Ingester.SAME_BYTES),
                    outcome(summary, copy).duplicate());
            assertEquals("same content as " + a, outcome(summary, copy).reason());
        }
        // A later run meets the copy as a file the index holds under another path: still named, both files.
        Path other = Files.copy(a, Files.createDirectories(tmp.resolve("elsewhere")).resolve("a.pdf"));
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary later = index.ingest(List.of(other), pdfOrText(), new IngestOptions(1, 10),
                    IngestListener.NONE);
            assertEquals(new FileOutcome.Duplicate("10.1/a", a.toAbsolutePath().normalize(), other, Ingester.SAME_BYTES),
                    outcome(later, other).duplicate());
        }
    }

    /** An error that kills the run, as a crash or kill would, after some batches were committed. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anInterruptedRunKeepsCommittedBatchesAndTheNextRunResumes(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        for (int i = 0; i < 6; i++) {
            write(papers, "p" + i + ".txt", "Si" + i + " retains " + (50 + i) + "%.");
        }
        FakeExtractor good = new FakeExtractor();
        PaperExtractor crashesAtP4 = file -> {
            if (file.getFileName().toString().equals("p4.txt")) {
                throw new Crash();
            }
            return good.extract(file);
        };
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            assertThrows(Crash.class, () -> index.ingest(files(papers), crashesAtP4, new IngestOptions(1, 2),
                    IngestListener.NONE));
            long kept = index.count("");
            assertTrue(kept == 2 || kept == 4, "whole batches of 2 survive, got " + kept);
            IngestSummary resumed = index.ingest(files(papers), good, new IngestOptions(2, 2), IngestListener.NONE);
            assertEquals(kept, resumed.count(Status.SKIPPED));
            assertEquals(6 - kept, resumed.count(Status.INGESTED));
            assertEquals(6, index.count(""));
        }
    }

    @Test
    void theListenerHearsEveryFileAndCommitInOrder(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        for (int i = 0; i < 5; i++) {
            write(papers, "p" + i + ".txt", "Si" + i + " retains " + (50 + i) + "%.");
        }
        List<String> events = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void started(int files, int workers) {
                events.add("start " + files);
            }

            @Override
            public void fileDone(FileOutcome outcome, IngestProgress progress) {
                events.add("file " + progress.done() + "/" + progress.total());
                assertTrue(progress.eta() != null && progress.filesPerSecond() > 0);
            }

            @Override
            public void committed(int papers, IngestProgress progress) {
                events.add("commit " + papers);
            }
        };
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            IngestSummary summary = index.ingest(files(papers), new FakeExtractor(), new IngestOptions(2, 2), listener);
            assertEquals(List.of("start 5", "file 1/5", "file 2/5", "commit 2", "file 3/5", "file 4/5", "commit 2",
                    "file 5/5", "commit 1"), events);
            assertEquals(3, summary.commits());
        }
    }

    @Test
    void failFastStopsAtTheFirstFailureAndKeepsWhatWasWrittenBefore(@TempDir Path tmp) throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        write(papers, "p0.txt", "Si0 retains 50%.");
        write(papers, "p1.txt", "Si1 retains 51%.");
        write(papers, "p2.txt", "BROKEN");
        for (int i = 3; i < 12; i++) {
            write(papers, "p" + i + ".txt", "Si" + i + " retains " + (50 + i) + "%.");
        }
        try (SiMineIndex index = SiMineIndex.open(tmp.resolve("index"))) {
            // One worker: files finish in order, so the run stops exactly at p2.
            IngestSummary summary = index.ingest(files(papers), new FakeExtractor(),
                    new IngestOptions(1, 10).withFailFast(true), IngestListener.NONE);
            assertEquals(1, summary.count(Status.FAILED));
            assertEquals("CORRUPT_PDF", summary.with(Status.FAILED).get(0).error());
            assertTrue(summary.stoppedEarly());
            assertEquals(12 - summary.outcomes().size(), summary.notProcessed());
            assertTrue(summary.outcomes().size() <= 3 + 2, "stopped near p2: " + summary.outcomes());
            long written = summary.count(Status.INGESTED);
            assertTrue(written >= 2, "p0 and p1 come before the failure");
            assertEquals(written, index.count(""), "what was written before the failure is committed");

            IngestSummary rest = index.ingest(files(papers), new FakeExtractor(), new IngestOptions(2, 10),
                    IngestListener.NONE);
            assertEquals(written, rest.count(Status.SKIPPED));
            assertEquals(11, index.count(""));
            assertEquals(0, rest.notProcessed());
        }
    }
}
