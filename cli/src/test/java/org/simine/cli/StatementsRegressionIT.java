package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionFile;
import org.simine.gold.eval.RegressionResult;
import org.simine.gold.statements.Statement;
import org.simine.gold.statements.StatementsEvaluator;
import org.simine.gold.statements.StatementsFile;
import org.simine.gold.statements.StatementsReport;

/**
 * The statements development set ({@code simine.shared}/dev-statements/statements.tsv, skipped with a message when
 * the shared folder is absent): every row extracted on its own and scored, then compared with
 * {@code gold/regression/dev-statements.json}. A drop (or more false records) fails the build; a gain beyond the
 * tolerance asks for the file to be regenerated with {@value #REGENERATE}.
 */
class StatementsRegressionIT {
    static final Path STATEMENTS = Path.of(System.getProperty("simine.shared", "../shared"))
            .resolve("dev-statements").resolve("statements.tsv");
    static final String FILE = "gold/regression/dev-statements.json";
    static final String REGENERATE = "./simine eval --statements ../shared/dev-statements/statements.tsv "
            + "--write-regression gold/regression/dev-statements.json";

    @Test
    void statementScoresMatchTheRegressionFile() throws Exception {
        assumeTrue(Files.isRegularFile(STATEMENTS), "skipped: no statements file at " + STATEMENTS.toAbsolutePath()
                + " (point -Dsimine.shared at the shared folder)");
        List<Statement> rows = StatementsFile.read(STATEMENTS);
        StringWriter problems = new StringWriter();
        StatementsExtraction.Outcome extracted = StatementsExtraction.run(rows, SiMineExtractor.create(),
                new PrintWriter(problems));
        assertEquals(List.of(), extracted.problems(), problems.toString());
        StatementsReport report = new StatementsEvaluator(0.01).evaluate(rows, extracted.records());
        RegressionResult check = Regression.check(report.scores(),
                RegressionFile.read(ReviewRegressionIT.ROOT.resolve(FILE)), FILE);
        check.lines().forEach(System.out::println);
        assertTrue(check.passed(), () -> String.join("\n", check.lines())
                + "\nAfter a deliberate change of the rules, regenerate the file: " + REGENERATE);
    }
}
