package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.simine.index.SiMineIndex;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract papers and add them to the index: papers, paragraph passages and records.",
                "Files already ingested with the same content are skipped; a changed file replaces its old "
                        + "records; of two files of one paper (same DOI) one is kept, and both are named in the summary "
                        + "and the failure report. A folder with a manifest.csv contributes the papers it lists; in "
                        + "other folders, notes files (README, MANIFEST, a file list) are not read. Progress goes to "
                        + "stderr, the summary to stdout; a file that cannot be read is reported (exit code 2), listed "
                        + "in the failure report (--failed) and the others are still ingested, unless --fail-fast."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "papers or folders of papers")
    List<Path> paths;

    @Option(names = "--workers", paramLabel = "N",
            description = "extraction threads (default: one per core)")
    Integer workers;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_COMMIT_EVERY,
            description = "papers per commit; an interrupted run redoes at most this many (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Option(names = "--failed", paramLabel = "FILE",
            description = "failure report, one JSON object per failed file (default: failed.jsonl next to the index)")
    Path failed;

    @Option(names = "--fail-fast", description = "stop at the first file that fails (exit code 2); papers ingested "
            + "before it are kept")
    boolean failFast;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (commitEvery < 1 || (workers != null && workers < 1)) {
            throw new InputError("--workers and --commit-every must be at least 1");
        }
        ExtractorPapers extractor = new ExtractorPapers(limits.limits());
        InputFiles inputs = InputFiles.resolve(expandManifests(paths));
        inputs.problems().forEach(p -> err.println("simine: " + p));
        inputs.notes().forEach(n -> err.println("simine: " + n.describe()));
        IngestOptions options = IngestOptions.defaults().withCommitEvery(commitEvery).withFailFast(failFast);
        if (workers != null) {
            options = options.withWorkers(workers);
        }
        IngestProgressPrinter progress = IngestProgressPrinter.forConsole(err);
        IngestSummary summary;
        FailureReport report;
        try (SiMineIndex idx = index.openOrCreate()) {
            report = FailureReport.create(failed != null ? failed : FailureReport.besideIndex(index.dir()));
            try (report) {
                summary = idx.ingest(inputs.files(), extractor, options, progress.and(report));
                report.duplicates(summary);
            }
        } catch (LockObtainFailedException e) {
            throw new InputError(e.getMessage());
        } finally {
            progress.finish();
        }
        printSummary(out, summary, inputs.notes(), report);
        out.flush();
        if (report.writeError() != null) {
            err.println("simine: cannot write the failure report " + report.file() + ": " + report.writeError());
        }
        boolean clean = !summary.anyFailed() && inputs.problems().isEmpty() && report.writeError() == null;
        return clean ? ExitCode.OK : ExitCode.INPUT_ERROR;
    }

    /** Folders with a manifest contribute the papers it lists (so a README is not read as a paper). */
    private static List<Path> expandManifests(List<Path> paths) throws InputError {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            out.addAll(Files.isDirectory(p) ? CorpusManifest.papers(p) : List.of(p));
        }
        return out;
    }

    private void printSummary(PrintWriter out, IngestSummary s, List<InputFiles.NotesFile> notes,
                              FailureReport report) {
        double seconds = s.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "ingested %d, replaced %d, skipped %d, failed %d of %d files in %.1f s "
                        + "(%.2f files/s): %d records, %d passages -> %s%n",
                s.count(FileOutcome.Status.INGESTED), s.count(FileOutcome.Status.REPLACED),
                s.count(FileOutcome.Status.SKIPPED), s.count(FileOutcome.Status.FAILED), s.outcomes().size(), seconds,
                seconds > 0 ? s.outcomes().size() / seconds : 0, s.records(), s.passages(),
                index.dir().toAbsolutePath().normalize());
        for (InputFiles.NotesFile n : notes) {
            out.println("  not read " + n.describe());
        }
        for (FileOutcome.Duplicate d : s.duplicates()) {
            out.println("  duplicate " + FailureReport.describe(d));
        }
        for (FileOutcome o : s.with(FileOutcome.Status.SKIPPED)) {
            if (o.duplicate() == null && !o.reason().equals("unchanged since last ingest")) {
                out.println("  skipped " + o.file() + ": " + o.reason());
            }
        }
        for (FileOutcome o : s.with(FileOutcome.Status.REPLACED)) {
            if (o.duplicate() == null && o.reason() != null) {
                out.println("  kept    " + o.file() + ": " + o.reason());
            }
        }
        for (FileOutcome o : s.with(FileOutcome.Status.FAILED)) {
            out.println("  failed  " + o.reason());
        }
        if (s.stoppedEarly()) {
            out.printf("stopped at the first failure (--fail-fast): %d files not processed%n", s.notProcessed());
        }
        if (!notes.isEmpty()) {
            out.printf("notes: %d notes file%s not read as papers%n", notes.size(), notes.size() == 1 ? "" : "s");
        }
        if (report.duplicates() > 0) {
            out.printf("duplicates: %d file%s left out as the same paper as another file, listed in %s%n",
                    report.duplicates(), report.duplicates() == 1 ? "" : "s", report.file());
        }
        if (report.written() > 0) {
            out.printf("failures: %d listed in %s%n", report.written(), report.file());
        }
    }
}
