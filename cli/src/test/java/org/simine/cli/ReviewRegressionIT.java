package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.gold.eval.MatchOptions;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionResult;

/**
 * End-to-end regression: extract the review PDF, score it against the gold tables, and compare with the
 * checked-in expectations. A drop fails the build; a gain beyond the tolerance asks for the file to be updated
 * ({@code ./simine eval --extract corpus --write-regression gold/regression/review-pdf.json}).
 */
class ReviewRegressionIT {
    static final Path ROOT = Path.of(System.getProperty("simine.root", "..")).toAbsolutePath().normalize();

    @Test
    void reviewPdfScoresMatchTheRegressionFile() throws Exception {
        var result = SiMineExtractor.create().extract(ROOT.resolve("corpus/review-si-kinetics-ees2025.pdf"));
        EvalReport report = new Evaluator(MatchOptions.defaults()).evaluate(GoldSet.review().records(),
                result.records());
        RegressionResult check = Regression.check(report, ROOT.resolve("gold/regression/review-pdf.json"));
        check.lines().forEach(System.out::println);
        assertTrue(check.passed(), () -> String.join("\n", check.lines()));
    }
}
