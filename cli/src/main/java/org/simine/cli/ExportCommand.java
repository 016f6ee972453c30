package org.simine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.simine.index.SiMineIndex;
import org.simine.index.query.QuerySyntaxException;
import org.simine.model.io.RecordFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the records a query matches (all records without a query) as a dataset, in paper "
                + "and reading order, with provenance: CSV with the stable header of the record schema, or JSON Lines."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query, as for search (default: everything)")
    List<String> query = List.of();

    @Option(names = "--format", defaultValue = "jsonl", converter = RecordFormatConverter.class,
            description = "csv or jsonl (default: ${DEFAULT-VALUE})")
    RecordFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        if (format == RecordFormat.JSON) {
            throw new InputError("--format must be csv or jsonl for export");
        }
        String q = String.join(" ", query);
        long n;
        try (SiMineIndex idx = index.openExisting()) {
            n = outFile == null ? toStdout(idx, q) : toFile(idx, q);
        } catch (QuerySyntaxException e) {
            throw new InputError(e.getMessage());
        }
        if (outFile != null) {
            spec.commandLine().getErr().printf("simine: exported %d records to %s%n", n, outFile);
            spec.commandLine().getErr().flush();
        }
        return ExitCode.OK;
    }

    private long toStdout(SiMineIndex idx, String q) throws IOException, QuerySyntaxException {
        PrintWriter out = spec.commandLine().getOut();
        long n = idx.export(q, format, out);
        out.flush();
        return n;
    }

    private long toFile(SiMineIndex idx, String q) throws IOException, QuerySyntaxException, InputError {
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputError(outFile + ": no such directory " + parent);
        }
        // Written beside the target and moved over it at the end, so a failed export leaves no half file.
        Path partial = outFile.resolveSibling(outFile.getFileName() + ".partial");
        long n;
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            n = idx.export(q, format, w);
        } catch (IOException | QuerySyntaxException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return n;
    }
}
