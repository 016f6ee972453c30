package org.simine.extract.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;

/** The shared papers ({@code simine.shared}/papers) and the review PDF, read once per test run. */
final class PaperFiles {
    static final String REVIEW = "review";
    private static final Map<String, Document> READ = new ConcurrentHashMap<>();

    private PaperFiles() {
    }

    static Path papers() {
        Path papers = TestInputs.shared().resolve("papers");
        Assumptions.assumeTrue(Files.isDirectory(papers), "shared papers folder absent: " + papers
                + " (set -Dsimine.shared=DIR)");
        return papers;
    }

    /** {@code review} for the corpus review PDF, else a file name in the shared papers folder; skips when absent. */
    static Path file(String name) {
        if (name.equals(REVIEW)) {
            Path review = TestInputs.reviewPdf().orElse(null);
            Assumptions.assumeTrue(review != null, "review PDF not found under simine.root/corpus or simine.shared/corpus");
            return review;
        }
        Path file = papers().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "paper absent: " + file);
        return file;
    }

    static Document read(String name) {
        Path file = file(name);
        return READ.computeIfAbsent(name, n -> {
            try {
                return DocumentReaders.read(file);
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }
}
