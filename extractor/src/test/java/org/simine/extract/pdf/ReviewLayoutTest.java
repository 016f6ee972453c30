package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.read.ReadingOrder;

/**
 * The review PDF (pdflatex, two columns, real scripts) against the seed text it was typeset from: the
 * reading-order text must contain at least {@value #MIN_COVERAGE} of the seed's sentences, without running
 * headers, page numbers or column interleaving.
 */
class ReviewLayoutTest {
    static final double MIN_COVERAGE = 0.99;
    private static Document review;

    @BeforeAll
    static void read() throws InputException {
        Path pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF not found under simine.root/corpus or simine.shared/corpus");
        review = DocumentReaders.read(pdf);
    }

    @Test
    void containsTheSeedSentences() throws IOException {
        Path seed = TestInputs.shared().resolve("seed").resolve("000_c76b6b6f1e7802de.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed text not found at " + seed);
        List<String> sentences = SeedSentences.of(Files.readString(seed, StandardCharsets.UTF_8));
        String text = SeedSentences.canonical(SeedSentences.withoutCitations(ReadingOrder.text(review)));
        List<String> misses = new ArrayList<>();
        for (String sentence : sentences) {
            if (!text.contains(SeedSentences.canonical(sentence))) {
                misses.add(sentence);
            }
        }
        double coverage = 1 - (double) misses.size() / sentences.size();
        System.out.printf("seed sentence coverage: %.4f (%d of %d sentences)%n", coverage,
                sentences.size() - misses.size(), sentences.size());
        misses.forEach(m -> System.out.println("  missed: " + m));
        assertTrue(coverage >= MIN_COVERAGE, String.format("coverage %.4f below %.2f; missed:%n%s", coverage,
                MIN_COVERAGE, String.join("\n", misses)));
    }

    @Test
    void runningHeadersAndPageNumbersAreAbsent() {
        Pattern bareNumberLine = Pattern.compile("(?m)^\\s*\\d{1,2}\\s*$");
        for (Page page : review.pages()) {
            if (page.number() > 1) {
                assertFalse(page.text().contains("Energy Environ. Sci., 2025, 18, 2720"), "header on page " + page.number());
            }
            assertFalse(bareNumberLine.matcher(page.text()).find(), "page number line on page " + page.number());
        }
    }

    /** Sentences that run from the bottom of the left column to the top of the right one read through. */
    @Test
    void sentencesCrossColumnBreaksWithoutInterleaving() {
        assertContains(2, "the unconstrained Si column largely swells along the ⟨110⟩ orientation");
        assertContains(1, "power batteries need to obtain a fast charging performance of 80% initial capacity for 15 min charging");
        assertContains(10, "obtains a high retention capacity of 957 mA h g^-1 after 450 cycles");
    }

    private static void assertContains(int page, String expected) {
        String text = review.pages().get(page - 1).text().replaceAll("\\s+", " ");
        assertTrue(text.contains(expected), "page " + page + " lacks: " + expected + "\n" + text);
    }
}
