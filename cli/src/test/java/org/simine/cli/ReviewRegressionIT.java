package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.gold.eval.MatchOptions;
import org.simine.gold.eval.ProseScope;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionResult;
import org.simine.model.Record;

/**
 * End-to-end regression: extract the review PDF, score it against the gold tables (and, prose only, against
 * the gold prose records), and compare with the checked-in expectations. A drop fails the build; a gain beyond the tolerance asks for the file to be updated
 * ({@code ./simine eval --extract corpus --write-regression gold/regression/review-pdf.json}).
 */
class ReviewRegressionIT {
    static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();

    static List<Record> reviewRecords;

    @BeforeAll
    static void extractReview() throws Exception {
        reviewRecords = SiMineExtractor.create().extract(ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf"))
                .records();
    }

    @Test
    void reviewPdfScoresMatchTheRegressionFile() throws Exception {
        EvalReport report = new Evaluator(MatchOptions.defaults()).evaluate(GoldSet.review().records(),
                reviewRecords);
        check(report, "gold/regression/review-pdf.json");
    }

    /**
     * Prose only ({@code simine eval --prose}): the text-sourced records against the review's prose gold. Update
     * with {@code ./simine eval --prose --extract corpus/review-si-kinetics-ees2025.pdf --write-regression
     * gold/regression/review-pdf-prose.json}.
     */
    @Test
    void reviewPdfProseScoresMatchTheRegressionFile() throws Exception {
        EvalReport report = new Evaluator(MatchOptions.defaults()).evaluate(GoldSet.review().proseRecords(),
                ProseScope.textSourced(reviewRecords));
        check(report, "gold/regression/review-pdf-prose.json");
    }

    private static void check(EvalReport report, String file) throws Exception {
        RegressionResult check = Regression.check(report, ROOT.resolve(file));
        check.lines().forEach(System.out::println);
        assertTrue(check.passed(), () -> String.join("\n", check.lines()));
    }
}
