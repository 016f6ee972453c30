package org.simine.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simine.cli.ExtractorPapers;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;

/**
 * End-to-end ingest throughput and memory: ingests the same papers PASSES times, each time into a fresh index, in
 * one JVM with one extractor (so pass 1 includes loading CoreNLP and the rules, later passes are warm). After each
 * pass it records wall and CPU time, pages, papers and records per second, the peak heap in use during the pass,
 * the heap in use after a GC (the live set: it would grow if documents were retained), the committed heap, and the
 * resident set (VmRSS) and its high-water mark (VmHWM) from {@code /proc/self/status}. The RSS follows the committed
 * heap, which the collector grows towards -Xmx as it sees fit; run with a smaller -Xmx to see where it levels off.
 * Run by {@code bench/run}.
 *
 * <p>With {@code --baseline FILE}, a JSON object that {@code bench/run} wrote for pdftotext on the same files
 * ({@code pages}, {@code seconds_parallel}), the result also states how many times slower than pdftotext the warm
 * passes are.
 *
 * <pre>
 *   java -cp cli/target/simine.jar org.simine.cli.bench.IngestBenchmark [--baseline FILE] WORKDIR PASSES OUT.json
 *        PAPER_OR_DIR...
 * </pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    /** One pass's figures; rates are per second of wall time. */
    record Pass(int pass, double seconds, double cpuSeconds, int papers, int failed, long pages, long records,
                double pagesPerSecond, double papersPerSecond, double recordsPerSecond, double pagesPerCpuSecond,
                long peakHeapUsedMb, long heapAfterGcMb, long heapCommittedMb, long rssMb, long peakRssMb) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> baseline = null;
        if (args.length >= 2 && args[0].equals("--baseline")) {
            baseline = readBaseline(Path.of(args[1]));
            args = List.of(args).subList(2, args.length).toArray(String[]::new);
        }
        if (args.length < 4) {
            System.err.println("usage: IngestBenchmark [--baseline FILE] WORKDIR PASSES OUT.json PAPER_OR_DIR...");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        Path json = Path.of(args[2]);
        List<Path> papers = BenchSupport.pdfs(List.of(args).subList(3, args.length).stream().map(Path::of).toList());
        IngestOptions options = IngestOptions.defaults();
        ExtractorPapers extractor = new ExtractorPapers();
        System.out.printf(Locale.ROOT, "ingest benchmark: %d files, %d passes, %d workers, %d cores, max heap %d MB%n",
                papers.size(), passes, options.workers(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Pass> results = new ArrayList<>();
        for (int pass = 1; pass <= passes; pass++) {
            Pass p = pass(work.resolve("index-" + pass), pass, papers, extractor, options);
            results.add(p);
            System.out.printf(Locale.ROOT, "pass %d: %.1f s (%.1f s CPU), %d papers (%d failed), %d pages, %d records: "
                            + "%.1f pages/s, %.2f papers/s, %.1f records/s, %.1f pages per CPU-second; heap: peak %d MB, "
                            + "%d MB after GC, %d MB committed; RSS %d MB, peak RSS %d MB%n", p.pass(), p.seconds(),
                    p.cpuSeconds(), p.papers(), p.failed(), p.pages(), p.records(), p.pagesPerSecond(),
                    p.papersPerSecond(), p.recordsPerSecond(), p.pagesPerCpuSecond(), p.peakHeapUsedMb(),
                    p.heapAfterGcMb(), p.heapCommittedMb(), p.rssMb(), p.peakRssMb());
        }
        write(json, papers.size(), options.workers(), results, baseline);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readBaseline(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), LinkedHashMap.class);
    }

    private static Pass pass(Path dir, int number, List<Path> papers, ExtractorPapers extractor,
                             IngestOptions options) throws Exception {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        IngestSummary summary;
        long pages;
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            summary = index.ingest(papers, extractor, options, IngestListener.NONE);
            pages = index.papers().stream().mapToLong(Paper::pageCount).sum();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        int written = summary.count(FileOutcome.Status.INGESTED) + summary.count(FileOutcome.Status.REPLACED);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        Map<String, Long> status = procStatusKb();
        return new Pass(number, seconds, cpuSeconds, written, summary.count(FileOutcome.Status.FAILED), pages,
                summary.records(), pages / seconds, written / seconds, summary.records() / seconds, pages / cpuSeconds,
                peakHeap, heap, rt.totalMemory() >> 20,
                status.getOrDefault("VmRSS", -1024L) / 1024, status.getOrDefault("VmHWM", -1024L) / 1024);
    }

    /**
     * CPU time of the whole process (all threads, JIT and GC included): unlike wall time, it hardly changes with
     * what else runs on a shared machine, so it compares runs made under different load.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** VmRSS and VmHWM in kB; empty where /proc is not there (not Linux). */
    static Map<String, Long> procStatusKb() {
        Map<String, Long> out = new LinkedHashMap<>();
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                String[] parts = line.split("\\s+");
                if ((parts[0].equals("VmRSS:") || parts[0].equals("VmHWM:")) && parts.length >= 2) {
                    out.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
        return out;
    }

    private static void write(Path json, int files, int workers, List<Pass> passes, Map<String, Object> baseline)
            throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measured", Instant.now().toString());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("workers", workers);
        out.put("java", System.getProperty("java.version"));
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("files", files);
        Pass first = passes.get(0);
        Pass last = passes.get(passes.size() - 1);
        out.put("cold_pages_per_second", round(first.pagesPerSecond()));
        double warm = warmPagesPerSecond(passes);
        out.put("warm_pages_per_second", round(warm));
        out.put("warm_pages_per_cpu_second", round(median(passes.stream().skip(passes.size() > 1 ? 1 : 0)
                .map(Pass::pagesPerCpuSecond).toList())));
        out.put("peak_rss_mb_after_first_pass", first.peakRssMb());
        out.put("peak_rss_mb_after_last_pass", last.peakRssMb());
        out.put("heap_after_gc_mb_first_last", List.of(first.heapAfterGcMb(), last.heapAfterGcMb()));
        out.put("peak_heap_used_mb", passes.stream().mapToLong(Pass::peakHeapUsedMb).max().orElse(0));
        if (baseline != null) {
            out.put("pdftotext", baseline);
            Object pages = baseline.get("pages");
            Object seconds = baseline.get("seconds_parallel");
            if (pages instanceof Number p && seconds instanceof Number s && s.doubleValue() > 0 && warm > 0) {
                double reference = p.doubleValue() / s.doubleValue();
                out.put("pdftotext_pages_per_second", round(reference));
                out.put("times_slower_than_pdftotext", round(reference / warm));
                System.out.printf(Locale.ROOT, "warm: %.1f pages/s; pdftotext (same workers): %.1f pages/s; "
                        + "SiMine is %.1fx slower%n", warm, reference, reference / warm);
            }
            Object cpu = baseline.get("cpu_seconds");
            double warmPerCpu = (Double) out.get("warm_pages_per_cpu_second");
            if (pages instanceof Number p && cpu instanceof Number c && c.doubleValue() > 0 && warmPerCpu > 0) {
                double reference = p.doubleValue() / c.doubleValue();
                out.put("pdftotext_pages_per_cpu_second", round(reference));
                out.put("times_more_cpu_than_pdftotext", round(reference / warmPerCpu));
                System.out.printf(Locale.ROOT, "warm: %.1f pages per CPU-second; pdftotext: %.1f; SiMine needs %.1fx "
                        + "the CPU (the comparison that holds on a loaded machine)%n", warmPerCpu, reference,
                        reference / warmPerCpu);
            }
        }
        out.put("passes", passes);
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
    }

    /** Median pages/s of passes 2.. (warm JIT, rules loaded); pass 1 alone when there is no other. */
    static double warmPagesPerSecond(List<Pass> passes) {
        return median(passes.stream().skip(passes.size() > 1 ? 1 : 0).map(Pass::pagesPerSecond).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

}
