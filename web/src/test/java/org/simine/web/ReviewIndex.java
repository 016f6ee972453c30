package org.simine.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.extract.meta.Byline;
import org.simine.extract.meta.ReferenceList;
import org.simine.extract.read.Document;
import org.simine.extract.table.Table;
import org.simine.index.document.PaperDetails;
import org.simine.index.SiMineIndex;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;
import org.simine.index.ingest.PaperExtractor;
import org.simine.index.ingest.UnreadablePaperException;

/**
 * One real index for all web tests in this JVM, built once by {@link SiMineIndex#ingest} in a temporary folder
 * from the review PDF and a small text paper whose sentence carries a {@code <script>} element. The extractor
 * adapter is the command line's {@code ExtractorPapers} in miniature: the web module must not depend on the cli
 * (the cli depends on it), and the adapter's home stays the cli, where ingest is wired for users.
 */
final class ReviewIndex {
    static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    static final Path REVIEW = ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf");
    static final String REVIEW_DOC = "10.1039/d4ee05595k";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_SENTENCE = "The Si@C anode shows an ICE of 86.9% " + SCRIPT + ".";
    /** A paper about graphite only: the silicon switch leaves its record out. */
    static final String GRAPHITE_TITLE = "Graphite anodes for fast charging";
    /** Small silicon papers, so that the paper facet has more papers than it lists at first. */
    static final int SMALL_PAPERS = 10;

    private static ReviewIndex shared;

    final Path dir;
    final Path scriptPaper;
    final Path graphitePaper;
    final SiMineIndex index;
    final IngestSummary summary;

    private ReviewIndex(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.scriptPaper = dir.resolve("papers/script-paper.txt");
        Files.createDirectories(scriptPaper.getParent());
        Files.writeString(scriptPaper, "Silicon anodes with tags in their text\n\n" + SCRIPT_SENTENCE + "\n");
        this.graphitePaper = dir.resolve("papers/graphite.txt");
        Files.writeString(graphitePaper, GRAPHITE_TITLE + "\n\nThe graphite anode shows an ICE of 91.5% after formation.\n");
        List<Path> files = new java.util.ArrayList<>(List.of(REVIEW, scriptPaper, graphitePaper));
        for (int i = 1; i <= SMALL_PAPERS; i++) {
            files.add(Files.writeString(dir.resolve("papers/si-" + i + ".txt"), "Silicon paper " + i
                    + "\n\nThe Si@C-" + i + " anode shows an ICE of " + (70 + i) + ".5% at 0.1 C.\n"));
        }
        this.index = SiMineIndex.open(dir.resolve("index"));
        this.summary = index.ingest(files, new Extractor(), IngestOptions.defaults(), IngestListener.NONE);
    }

    static synchronized ReviewIndex get() throws IOException, InterruptedException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("simine-web-test");
            shared = new ReviewIndex(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.delete()));
        }
        return shared;
    }

    private void delete() {
        try {
            index.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Byline, tables and reference list, as the cli's ExtractorPapers gives them. */
    private static PaperDetails details(ExtractionResult result) {
        Document document = result.document();
        if (document == null) {
            return PaperDetails.NONE;
        }
        Byline byline = Byline.of(document);
        List<PaperDetails.TableGrid> tables = result.tables().stream().map(t -> new PaperDetails.TableGrid(t.label(),
                t.caption(), t.page(), Table.grid(t.headerRows(), t.columnCount()),
                Table.grid(t.bodyRows(), t.columnCount()))).toList();
        List<PaperDetails.Reference> references = ReferenceList.of(document).stream()
                .map(r -> new PaperDetails.Reference(r.number(), r.text(), r.doi())).toList();
        return new PaperDetails(byline.authors(), byline.year(), tables, references);
    }

    /** SiMineExtractor as the index's PaperExtractor (the same mapping as the cli's ExtractorPapers). */
    private static final class Extractor implements PaperExtractor {
        private final SiMineExtractor extractor = SiMineExtractor.create();

        @Override
        public ExtractedPaper extract(Path file) throws UnreadablePaperException {
            try {
                ExtractionResult result = extractor.extract(file);
                Document document = result.document();
                List<PageText> pages = document == null ? List.of() : document.pages().stream()
                        .map(p -> new PageText(document.paginated() ? p.number() : null, p.text()))
                        .toList();
                return new ExtractedPaper(result.docId(), document == null ? null : document.doi(), result.title(),
                        result.pages(), pages, result.records(), null, 0, List.of(), details(result));
            } catch (InputException e) {
                throw new UnreadablePaperException(e.getMessage(), e);
            }
        }
    }
}
