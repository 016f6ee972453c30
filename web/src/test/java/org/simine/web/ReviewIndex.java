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
import org.simine.extract.read.Document;
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

    private static ReviewIndex shared;

    final Path dir;
    final Path scriptPaper;
    final SiMineIndex index;
    final IngestSummary summary;

    private ReviewIndex(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.scriptPaper = dir.resolve("papers/script-paper.txt");
        Files.createDirectories(scriptPaper.getParent());
        Files.writeString(scriptPaper, "Silicon anodes with tags in their text\n\n" + SCRIPT_SENTENCE + "\n");
        this.index = SiMineIndex.open(dir.resolve("index"));
        this.summary = index.ingest(List.of(REVIEW, scriptPaper), new Extractor(), IngestOptions.defaults(),
                IngestListener.NONE);
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
                        result.pages(), pages, result.records());
            } catch (InputException e) {
                throw new UnreadablePaperException(e.getMessage(), e);
            }
        }
    }
}
