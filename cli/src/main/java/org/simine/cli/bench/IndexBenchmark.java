package org.simine.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.simine.cli.ExtractorPapers;
import org.simine.index.SiMineIndex;
import org.simine.index.document.DocType;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SortOrder;
import org.simine.model.io.RecordFormat;

/**
 * Measures the index: ingest throughput on real papers, then search latency (p50/p95) on an index of synthetic
 * records, next to a baseline measured in the same run on the same index (a bare Lucene MatchAllDocsQuery count),
 * so figures from machines of different speed can be compared. Run by {@code bench/index-bench.sh}; prints Markdown.
 *
 * <pre>
 *   java -cp cli/target/simine.jar org.simine.cli.bench.IndexBenchmark WORKDIR RECORDS PAPER_OR_DIR...
 * </pre>
 */
public final class IndexBenchmark {
    static final int RECORDS_PER_PAPER = 100;
    static final int PASSAGES_PER_PAPER = 8;
    static final int WARMUP_ROUNDS = 30;
    /**
     * Warm-up also lasts at least this long per query: a shape's own code (a sort, a facet column) is compiled by
     * the JIT only after some hundred calls, and 30 rounds of a 3 ms query left its p95 on interpreted code. The
     * first call of each shape is reported apart ("first ms").
     */
    static final long WARMUP_NANOS = 2_000_000_000L;
    static final int MEASURED_ROUNDS = 100;
    static final long EXPORT_MAX_RECORDS = 2_000_000;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    static final List<String> QUERIES = List.of(
            "",
            "property:charge_transfer_resistance value:<60 dopant:P",
            "property:capacity_retention value:>=70 rate:>=5C",
            "\"LiFSI\" AND property:li_diffusion_coefficient",
            "material:Si@C",
            "value:<1e-12",
            "rate:>=500mA/g NOT dopant:B",
            "property:ice value:85..90",
            "silicon nanowire",
            "material:Si* property:rct");

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: IndexBenchmark WORKDIR RECORDS [PAPER_OR_DIR...]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        List<Path> papers = BenchSupport.pdfs(Arrays.stream(args).skip(2).map(Path::of).toList());
        System.out.printf("# SiMine index benchmark (%s, %d cores, Java %s, max heap %d MB)%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        if (!papers.isEmpty()) {
            ingest(work.resolve("papers-index"), papers);
        }
        search(work.resolve("synthetic-index"), records);
    }

    private static void ingest(Path dir, List<Path> papers) throws Exception {
        long bytes = 0;
        for (Path p : papers) {
            bytes += Files.size(p);
        }
        IngestOptions options = IngestOptions.defaults();
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            IngestSummary first = index.ingest(papers, new ExtractorPapers(), options, IngestListener.NONE);
            IngestSummary again = index.ingest(papers, new ExtractorPapers(), options, IngestListener.NONE);
            double s = first.elapsed().toNanos() / 1e9;
            System.out.printf("## Ingest: %d files, %.1f MB, %d workers%n%n", papers.size(), bytes / 1e6,
                    options.workers());
            System.out.println("| run | written | skipped | failed | records | passages | wall s | files/s | MB/s |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            row("first", first, s, bytes);
            row("again (unchanged)", again, again.elapsed().toNanos() / 1e9, bytes);
            System.out.println();
        }
    }

    private static void row(String name, IngestSummary s, double seconds, long bytes) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f | %.2f | %.2f |%n", name,
                s.count(FileOutcome.Status.INGESTED) + s.count(FileOutcome.Status.REPLACED),
                s.count(FileOutcome.Status.SKIPPED), s.count(FileOutcome.Status.FAILED), s.records(), s.passages(),
                seconds, s.outcomes().size() / seconds, bytes / 1e6 / seconds);
    }

    private static void search(Path dir, int records) throws Exception {
        int paperCount = Math.max(1, records / RECORDS_PER_PAPER);
        SyntheticPapers synthetic = new SyntheticPapers(42);
        long t0 = System.nanoTime();
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            try (PaperWriter writer = index.writer()) {
                for (int n = 0; n < paperCount; n++) {
                    writer.put(synthetic.paper(n, RECORDS_PER_PAPER, PASSAGES_PER_PAPER), "/synthetic/" + n,
                            "sha256:" + n, Instant.now(), null);
                }
            }
            double build = (System.nanoTime() - t0) / 1e9;
            long heapBefore = usedHeap();
            long total = index.count("");
            System.out.printf(Locale.ROOT, "## Search: %d synthetic records in %d papers (%d passages); built in "
                            + "%.1f s (%.0f records/s), one writer%n%n", total, paperCount,
                    (long) paperCount * PASSAGES_PER_PAPER, build, total / build);
            System.out.printf("Latency in ms over %d rounds after at least %d warm-up rounds and %d s of warm-up per "
                    + "query; one thread. \"first\" is the query's first call (its code not yet compiled by the JIT). "
                    + "Wall time includes waiting for a core on a busy machine; the thread's CPU time does not.%n%n",
                    MEASURED_ROUNDS, WARMUP_ROUNDS, WARMUP_NANOS / 1_000_000_000L);
            System.out.println("| query | hits | first ms | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            try (var directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher raw = new IndexSearcher(reader);
                report("baseline: Lucene MatchAllDocsQuery count", reader.maxDoc(),
                        () -> raw.count(new MatchAllDocsQuery()));
                report("baseline: Lucene TermQuery type:record, top 20 by score", total,
                        () -> raw.search(DocType.RECORD.query(), 20).totalHits);
            }
            List<Double> all = new ArrayList<>();
            List<Double> allCpu = new ArrayList<>();
            for (String q : QUERIES) {
                long hits = index.count(q);
                all.addAll(report("`" + (q.isEmpty() ? "(all records)" : q) + "`", hits,
                        () -> index.search(SearchRequest.of(q)).total(), allCpu));
            }
            report("`property:retention` sorted by -value", index.count("property:retention"),
                    () -> index.search(SearchRequest.of("property:retention").withSort(SortOrder.parse("-value")))
                            .total());
            report("`property:rct value:<60 dopant:P`, no facets", index.count("property:rct value:<60 dopant:P"),
                    () -> index.search(SearchRequest.of("property:rct value:<60 dopant:P").withFacets(List.of()))
                            .total());
            all.sort(Comparator.naturalOrder());
            allCpu.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "| **all search queries above (top 20 + 4 facets)** | | | %.2f | %.2f | "
                            + "%.2f | %.2f |%n", BenchSupport.percentile(all, 50), BenchSupport.percentile(all, 95),
                    BenchSupport.percentile(allCpu, 50), BenchSupport.percentile(allCpu, 95));
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "%nIndex on disk: %.1f MB (%.0f bytes per record). Heap used after a full "
                            + "GC with the index open: %.1f MB before the searches, %.1f MB after them (%+.1f MB: "
                            + "the per-segment columns, bitsets and kept answers searches build).%n",
                    diskBytes(dir) / 1e6, (double) diskBytes(dir) / total, heapBefore / 1e6, heapAfter / 1e6,
                    (heapAfter - heapBefore) / 1e6);
            if (total > EXPORT_MAX_RECORDS) {
                System.out.printf("%nExport not measured above %d records (it scales linearly).%n",
                        EXPORT_MAX_RECORDS);
                return;
            }
            long exportStart = System.nanoTime();
            long exported = index.export("", RecordFormat.CSV, new NullAppendable());
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            System.out.printf(Locale.ROOT, "%nExport of all %d records as CSV: %.1f s (%.0f records/s)%n", exported,
                    exportSeconds, exported / exportSeconds);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean()
                .getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long diskBytes(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Times a task (wall and this thread's CPU); prints a table row; returns the wall latencies in ms. */
    private static List<Double> report(String name, long hits, Callable<Object> task) throws Exception {
        return report(name, hits, task, null);
    }

    private static List<Double> report(String name, long hits, Callable<Object> task, List<Double> cpuInto)
            throws Exception {
        long first = System.nanoTime();
        task.call();
        double firstMs = (System.nanoTime() - first) / 1e6;
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 1; i < WARMUP_ROUNDS || System.nanoTime() < warmupEnd; i++) {
            task.call();
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            task.call();
            ms.add((System.nanoTime() - t) / 1e6);
            cpu.add((CPU.getCurrentThreadCpuTime() - c) / 1e6);
        }
        ms.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        if (cpuInto != null) {
            cpuInto.addAll(cpu);
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, hits, firstMs,
                BenchSupport.percentile(ms, 50), BenchSupport.percentile(ms, 95), BenchSupport.percentile(cpu, 50),
                BenchSupport.percentile(cpu, 95));
        return ms;
    }

    private static final class NullAppendable implements Appendable {
        @Override
        public Appendable append(CharSequence csq) {
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return this;
        }

        @Override
        public Appendable append(char c) {
            return this;
        }
    }
}
