package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.simine.extract.SiMineExtractor;
import org.simine.model.io.RecordFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract records from papers (.pdf, .txt, .md, publisher XML and HTML: .xml, .nxml, .html, "
                + ".htm, .xhtml) and print them to stdout.",
                "Directories are searched recursively. A file that cannot be read is reported on stderr "
                        + "(exit code 2) and the other files are still extracted. Two files of one paper (same DOI) "
                        + "give one record set: publisher markup over PDF over text, noted on stderr."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "papers or folders of papers")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            converter = RecordFormatConverter.class, completionCandidates = RecordFormatConverter.Names.class)
    RecordFormat format;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws InputError {
        PrintWriter out = spec.commandLine().getOut();
        Batch.Outcome outcome = Batch.run(paths, SiMineExtractor.create().withLimits(limits.limits()),
                spec.commandLine().getErr());
        format.write(outcome.records(), out);
        out.flush();
        return outcome.failed() ? ExitCode.INPUT_ERROR : ExitCode.OK;
    }
}
