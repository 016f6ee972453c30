package org.simine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                        + "its prose (prose.csv)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--records", paramLabel = "FILE", description = "records file (.jsonl or .csv) to score")
        Path records;

        @Option(names = "--extract", paramLabel = "PATH", arity = "1..*",
                description = "extract these papers/folders first, then score the records")
        List<Path> extract;
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
        if (writeRegression != null) {
            RegressionFile.write(report, writeRegression, 0.01);
            err.println("simine: wrote regression file " + writeRegression);
        }
        int code = inputProblems ? ExitCode.INPUT_ERROR : ExitCode.OK;
        if (regression != null) {
            if (!Files.isRegularFile(regression)) {
                throw new InputError(regression + ": no such regression file");
            }
            RegressionResult result = Regression.check(report, regression);
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
