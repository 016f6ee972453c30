package org.simine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.GoldRecord;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.gold.eval.MatchOptions;
import org.simine.gold.eval.ProseScope;
import org.simine.gold.eval.Regression;
import org.simine.gold.eval.RegressionFile;
import org.simine.gold.eval.RegressionResult;
import org.simine.gold.statements.Statement;
import org.simine.gold.statements.StatementsEvaluator;
import org.simine.gold.statements.StatementsFile;
import org.simine.gold.statements.StatementsFormatException;
import org.simine.gold.statements.StatementsReport;
import org.simine.model.Record;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score records against the gold standard (the six tables of the review by default).",
                "Prints precision/recall/F1 per table and per property, strict and tolerant, and lists misses "
                        + "and false positives.",
                "With --prose: only records read from running text, against the values the review states in "
                        + "its prose (prose.csv).",
                "With --statements FILE: extract each row of a statements file (id, shape, text, expected) as a text "
                        + "document of its own and score it against the row's expected records: per property, per "
                        + "shape, negatives, records without material, every miss and false positive."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--records", paramLabel = "FILE", description = "records file (.jsonl or .csv) to score")
        Path records;

        @Option(names = "--extract", paramLabel = "PATH", arity = "1..*",
                description = "extract these papers/folders first, then score the records")
        List<Path> extract;

        @Option(names = "--statements", paramLabel = "FILE",
                description = "a statements file (TSV: id, shape, text, expected JSON records, e.g. "
                        + "../shared/dev-statements/statements.tsv): extract every row's text and score it")
        Path statements;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "gold set folder (default: the built-in review-ees2025/v1)")
    Path gold;

    @Option(names = "--prose",
            description = "prose-only: score the text-sourced records (table cells left out) against the gold "
                    + "set's prose records instead of its table records")
    boolean prose;

    @Option(names = "--tolerance", defaultValue = "0.01",
            description = "relative value tolerance for tolerant matching (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--format", defaultValue = "markdown",
            description = "report format on stdout: markdown or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the JSON report to FILE")
    Path jsonOut;

    @Option(names = "--regression", paramLabel = "FILE",
            description = "compare the scores with this regression file; exit 1 on a drop or an unrecorded gain")
    Path regression;

    @Option(names = "--write-regression", paramLabel = "FILE",
            description = "write the scores as a new regression file (after a deliberate improvement)")
    Path writeRegression;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new InputError("--format must be markdown or json, got '" + format + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (input.statements != null) {
            return statements(out, err);
        }
        boolean inputProblems = false;
        List<Record> predicted;
        if (input.records != null) {
            predicted = RecordFiles.read(input.records);
        } else {
            Batch.Outcome outcome = Batch.run(input.extract, SiMineExtractor.create(), err);
            inputProblems = outcome.failed();
            predicted = outcome.records();
        }
        GoldSet goldSet = loadGold();
        List<GoldRecord> goldRecords = goldSet.records();
        if (prose) {
            if (goldSet.prose().isEmpty()) {
                throw new InputError((gold == null ? "the built-in gold set" : gold.toString())
                        + " has no prose records (manifest key 'prose')");
            }
            goldRecords = goldSet.proseRecords();
            predicted = ProseScope.textSourced(predicted);
        }
        EvalReport report = new Evaluator(MatchOptions.defaults().withRelativeTolerance(tolerance))
                .evaluate(goldRecords, predicted);
        out.print(format.equals("json") ? report.toJson() : report.toMarkdown());
        out.flush();
        if (jsonOut != null) {
            Files.writeString(jsonOut, report.toJson(), StandardCharsets.UTF_8);
        }
        return finish(report.regressionScores(), report.scores(), inputProblems, err);
    }

    /**
     * {@code --statements}: every row extracted on its own, scored against its expected records. The regression
     * options work as for the review, on the statements report's scores.
     */
    private int statements(PrintWriter out, PrintWriter err) throws Exception {
        if (prose || gold != null) {
            throw new InputError("--statements takes its expected records from the file; --prose and --gold do not "
                    + "apply");
        }
        Path file = input.statements;
        if (!Files.isRegularFile(file)) {
            throw new InputError(file + ": no such statements file");
        }
        List<Statement> rows;
        try {
            rows = StatementsFile.read(file);
        } catch (StatementsFormatException e) {
            throw new InputError(e.getMessage());
        }
        StatementsExtraction.Outcome extracted = StatementsExtraction.run(rows, SiMineExtractor.create(), err);
        StatementsReport report = new StatementsEvaluator(tolerance).evaluate(rows, extracted.records());
        out.print(format.equals("json") ? report.toJson() : report.toMarkdown());
        out.flush();
        if (jsonOut != null) {
            Files.writeString(jsonOut, report.toJson(), StandardCharsets.UTF_8);
        }
        Map<String, Double> pinned = report.regressionScores();
        return finish(pinned, report.scores(), extracted.failed(), err);
    }

    /** Writes and checks regression files ({@code --write-regression}, {@code --regression}); the exit code. */
    private int finish(Map<String, Double> pinned, Map<String, Double> scores, boolean inputProblems,
                       PrintWriter err) throws Exception {
        if (writeRegression != null) {
            RegressionFile.of(pinned, 0.01).write(writeRegression);
            err.println("simine: wrote regression file " + writeRegression);
        }
        int code = inputProblems ? ExitCode.INPUT_ERROR : ExitCode.OK;
        if (regression != null) {
            if (!Files.isRegularFile(regression)) {
                throw new InputError(regression + ": no such regression file");
            }
            RegressionResult result = Regression.check(scores, RegressionFile.read(regression), regression.toString());
            result.lines().forEach(err::println);
            err.flush();
            if (!result.passed()) {
                code = ExitCode.CHECK_FAILED;
            }
        }
        return code;
    }

    private GoldSet loadGold() throws InputError {
        if (gold == null) {
            return GoldSet.review();
        }
        try {
            return GoldSet.load(gold);
        } catch (RuntimeException e) {
            // GoldFormatException names the file and row; a missing file comes as UncheckedIOException.
            throw new InputError(gold + ": not a gold set: " + e.getMessage());
        }
    }
}
