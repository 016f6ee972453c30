package org.simine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.simine.extract.InputException;
import org.simine.extract.table.Table;
import org.simine.extract.table.TableCsvWriter;
import org.simine.extract.table.TableExtractor;
import org.simine.extract.table.TableJsonWriter;
import org.simine.extract.table.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Print the captioned tables found in PDFs (cell grids, header rows first), for checking "
                + "the table layer.",
                "A file that cannot be read is reported on stderr (exit code 2) and the other files are still read."})
final class TablesCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF papers")
    List<Path> files;

    @Option(names = "--format", defaultValue = "csv",
            description = "output format: csv or json (default: ${DEFAULT-VALUE})", converter = FormatConverter.class)
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TableExtractor extractor = new TableExtractor();
        List<Table> tables = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                checkPdf(file);
                tables.addAll(extractor.extract(file));
            } catch (InputException e) {
                err.println("simine: " + e.getMessage());
                failed = true;
            }
        }
        TableWriter writer = format == Format.JSON ? new TableJsonWriter() : new TableCsvWriter();
        try {
            writer.write(tables, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        err.flush();
        return failed ? ExitCode.INPUT_ERROR : ExitCode.OK;
    }

    private static void checkPdf(Path file) throws InputException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.equals("pdf") && java.nio.file.Files.isRegularFile(file)) {
            throw InputException.unsupportedType(file, extension, List.of("pdf"));
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "' (use csv or json)");
            }
        }
    }
}
