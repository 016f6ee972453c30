package org.simine.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the shared fixtures live: surefire passes {@code simine.root} and {@code simine.shared}. */
public final class TestInputs {
    public static final String REVIEW_PDF = "review-si-kinetics-ees2025.pdf";

    private TestInputs() {
    }

    public static Path root() {
        return Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();
    }

    public static Path shared() {
        return Path.of(System.getProperty("simine.shared", "../../shared")).toAbsolutePath().normalize();
    }

    /** The review PDF from the project's corpus, else from the shared folder. */
    public static Optional<Path> reviewPdf() {
        Path inCorpus = root().resolve("corpus").resolve(REVIEW_PDF);
        if (Files.isRegularFile(inCorpus)) {
            return Optional.of(inCorpus);
        }
        Path inShared = shared().resolve("corpus").resolve(REVIEW_PDF);
        return Files.isRegularFile(inShared) ? Optional.of(inShared) : Optional.empty();
    }

    /** One extractor for all test classes: building it loads CoreNLP and the rules. */
    public static SiMineExtractor extractor() {
        return Holder.EXTRACTOR;
    }

    private static final class Holder {
        static final SiMineExtractor EXTRACTOR = SiMineExtractor.create();
    }
}
