package org.simine.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;

/**
 * Throughput of publisher markup against PDFs in the same run, on one thread: files/s, records/s, MB/s and
 * characters of text/s, for reading alone ({@link DocumentReaders#read}) and end to end
 * ({@link SiMineExtractor#extract}: reading, rules, tables). Warm-up rounds first, then measured rounds; the median
 * round is reported as wall time and as CPU time of the measuring thread. Prints Markdown, and JSON to
 * {@code --json FILE}.
 *
 * <pre>
 *   java -cp cli/target/simine.jar org.simine.cli.bench.MarkupBenchmark [--warmup N] [--rounds N] [--json FILE]
 *       --pdf FILE_OR_DIR... --markup FILE_OR_DIR...
 * </pre>
 */
public final class MarkupBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MarkupBenchmark() {
    }

    /** One measured pass over one group of files. */
    record Pass(long wallNanos, long cpuNanos, int records) {
    }

    record Group(String name, List<Path> files, long bytes, long chars) {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 2;
        int rounds = 5;
        Path json = null;
        List<Path> pdf = new ArrayList<>();
        List<Path> markup = new ArrayList<>();
        List<Path> into = pdf;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--json" -> json = Path.of(args[++i]);
                case "--pdf" -> into = pdf;
                case "--markup" -> into = markup;
                default -> into.addAll(expand(Path.of(args[i])));
            }
        }
        SiMineExtractor extractor = SiMineExtractor.create();
        List<Group> groups = List.of(group("PDF", pdf), group("publisher markup", markup));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d warm-up + %d measured rounds, median round, one thread%n%n", warmup, rounds));
        out.append("| input | stage | files | MB | text chars | records | files/s | records/s | MB/s | "
                + "chars/s (CPU) | CPU ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder js = new StringBuilder("{\"rounds\": " + rounds + ", \"warmup\": " + warmup
                + ", \"load_before\": " + load() + ", \"groups\": [");
        double[] extractCpu = new double[2];
        double[] readCpu = new double[2];
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            List<Pass> reads = new ArrayList<>();
            List<Pass> extracts = new ArrayList<>();
            for (int r = 0; r < warmup + rounds; r++) {
                Pass read = time(() -> readAll(group.files()));
                Pass extract = time(() -> extractAll(extractor, group.files()));
                if (r >= warmup) {
                    reads.add(read);
                    extracts.add(extract);
                }
            }
            Pass read = median(reads);
            Pass extract = median(extracts);
            readCpu[g] = read.cpuNanos();
            extractCpu[g] = extract.cpuNanos();
            row(out, group, "read", read, 0);
            row(out, group, "extract", extract, extract.records());
            js.append(g == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"input\": \"%s\", \"files\": %d, "
                    + "\"bytes\": %d, \"chars\": %d, \"read_wall_ms\": %.1f, \"read_cpu_ms\": %.1f, "
                    + "\"extract_wall_ms\": %.1f, \"extract_cpu_ms\": %.1f, \"records\": %d}", group.name(),
                    group.files().size(), group.bytes(), group.chars(), read.wallNanos() / 1e6, read.cpuNanos() / 1e6,
                    extract.wallNanos() / 1e6, extract.cpuNanos() / 1e6, extract.records()));
        }
        double perCharRead = ratio(groups, readCpu);
        double perCharExtract = ratio(groups, extractCpu);
        double perFileExtract = (extractCpu[0] / groups.get(0).files().size())
                / (extractCpu[1] / groups.get(1).files().size());
        out.append(String.format(Locale.ROOT, "%nmarkup vs PDF, CPU per character of text: reading %.1f× faster, "
                + "end to end %.1f× faster; CPU per file end to end: %.1f× faster%n", perCharRead, perCharExtract,
                perFileExtract));
        js.append(String.format(Locale.ROOT, "], \"markup_vs_pdf_read_per_char\": %.2f, "
                + "\"markup_vs_pdf_extract_per_char\": %.2f, \"markup_vs_pdf_extract_per_file\": %.2f, "
                + "\"load_after\": %s}%n", perCharRead, perCharExtract, perFileExtract, load()));
        System.out.print(out);
        if (json != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, js);
        }
    }

    /** How many times less CPU per character of text the second group needs than the first. */
    private static double ratio(List<Group> groups, double[] cpu) {
        return (cpu[0] / groups.get(0).chars()) / (cpu[1] / groups.get(1).chars());
    }

    private static void row(StringBuilder out, Group g, String stage, Pass p, int records) {
        double wall = p.wallNanos() / 1e9;
        double cpu = p.cpuNanos() / 1e9;
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %,d | %s | %.1f | %s | %.1f | %,.0f | %.0f |%n",
                g.name(), stage, g.files().size(), g.bytes() / 1e6, g.chars(), stage.equals("read") ? "" : records,
                g.files().size() / wall, stage.equals("read") ? "" : String.format(Locale.ROOT, "%.1f", records / wall),
                g.bytes() / 1e6 / wall, g.chars() / cpu, cpu * 1000));
    }

    private static Group group(String name, List<Path> files) throws IOException {
        long bytes = 0;
        long chars = 0;
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            try {
                Document d = DocumentReaders.read(f);
                for (Page p : d.pages()) {
                    chars += p.text().length();
                }
                bytes += Files.size(f);
                readable.add(f);
            } catch (InputException e) {
                System.err.println("bench: skipped " + e.getMessage());
            }
        }
        if (readable.isEmpty()) {
            throw new IllegalArgumentException("no readable " + name + " files");
        }
        return new Group(name, readable, bytes, chars);
    }

    private static List<Path> expand(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    interface Work {
        int run() throws Exception;
    }

    private static Pass time(Work work) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int records = work.run();
        return new Pass(System.nanoTime() - t0, THREADS.getCurrentThreadCpuTime() - cpu0, records);
    }

    private static int readAll(List<Path> files) throws InputException {
        for (Path f : files) {
            DocumentReaders.read(f);
        }
        return 0;
    }

    /** Extraction runs on the extractor's own thread: CPU is measured there by running it inline. */
    private static int extractAll(SiMineExtractor extractor, List<Path> files) throws Exception {
        int records = 0;
        for (Path f : files) {
            ExtractionResult r = extractor.extractHere(f);
            records += r.records().size();
        }
        return records;
    }

    private static Pass median(List<Pass> passes) {
        List<Pass> sorted = passes.stream().sorted(Comparator.comparingLong(Pass::cpuNanos)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f", l);
    }
}
