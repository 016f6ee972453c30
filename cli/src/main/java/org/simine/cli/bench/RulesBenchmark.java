package org.simine.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.simine.extract.InputException;
import org.simine.extract.nlp.NlpPipeline;
import org.simine.extract.nlp.TextRecordExtractor;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;

/**
 * Throughput of the text rule layer alone, on text already read from the PDFs (reading is outside the timing):
 * tokens/s and sentences/s of {@link TextRecordExtractor#extract} (tokenize + ssplit, phrase tagging, rule
 * stages, material finding and binding, record assembly) next to a baseline measured in the same run on the same
 * text, CoreNLP tokenize + ssplit alone. Warm-up rounds first, then measured rounds; the median round is reported,
 * as wall time and as CPU time of the measuring thread (the figure that survives a busy machine). Prints Markdown.
 *
 * <pre>
 *   java -cp cli/target/simine.jar org.simine.cli.bench.RulesBenchmark [--warmup N] [--rounds N] FILE_OR_DIR...
 * </pre>
 */
public final class RulesBenchmark {
    static final int DEFAULT_WARMUP_ROUNDS = 3;
    static final int DEFAULT_ROUNDS = 5;

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = DEFAULT_WARMUP_ROUNDS;
        int rounds = DEFAULT_ROUNDS;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<Document> documents = read(BenchSupport.pdfs(inputs));
        if (documents.isEmpty()) {
            System.err.println("bench: no readable PDF among " + inputs);
            System.exit(2);
        }
        NlpPipeline pipeline = NlpPipeline.shared();
        TextRecordExtractor extractor = TextRecordExtractor.create();
        Counts counts = count(pipeline, documents);
        List<Round> baseline = new ArrayList<>();
        List<Round> full = new ArrayList<>();
        int records = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            Round b = time(() -> tokenizeOnly(pipeline, documents));
            Round f = time(() -> extractAll(extractor, documents));
            if (r >= warmup) {
                baseline.add(b);
                full.add(f);
                records = f.records;
            }
        }
        print(documents.size(), counts, records, warmup, rounds, median(baseline), median(full));
    }

    private static List<Document> read(List<Path> pdfs) {
        List<Document> documents = new ArrayList<>();
        for (Path pdf : pdfs) {
            try {
                documents.add(DocumentReaders.read(pdf));
            } catch (InputException e) {
                System.err.println("bench: skipping " + pdf + ": " + e.getMessage());
            }
        }
        return documents;
    }

    private record Counts(long tokens, long sentences) {
    }

    private static Counts count(NlpPipeline pipeline, List<Document> documents) {
        long tokens = 0;
        long sentences = 0;
        for (Document d : documents) {
            for (Page page : d.pages()) {
                for (CoreMap s : pipeline.sentences(page.text())) {
                    sentences++;
                    tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
                }
            }
        }
        return new Counts(tokens, sentences);
    }

    private static int tokenizeOnly(NlpPipeline pipeline, List<Document> documents) {
        int n = 0;
        for (Document d : documents) {
            for (Page page : d.pages()) {
                n += pipeline.sentences(page.text()).size();
            }
        }
        return n;
    }

    private static int extractAll(TextRecordExtractor extractor, List<Document> documents) {
        int n = 0;
        for (Document d : documents) {
            n += extractor.extract(d).size();
        }
        return n;
    }

    /** One timed round: wall and thread CPU nanoseconds, and what the work returned (records). */
    private record Round(long wallNanos, long cpuNanos, int records) {
    }

    private static Round time(java.util.function.IntSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int result = work.getAsInt();
        return new Round(System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu, result);
    }

    private static Round median(List<Round> rounds) {
        List<Round> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> Long.compare(a.cpuNanos, b.cpuNanos));
        return sorted.get(sorted.size() / 2);
    }

    private static void print(int docs, Counts c, int records, int warmup, int rounds, Round base, Round full) {
        System.out.printf(Locale.ROOT, "# Text rule layer throughput%n%n");
        System.out.printf(Locale.ROOT, "%d documents, %,d sentences, %,d tokens, %d text records; %d warm-up and "
                + "%d measured rounds, median round by CPU time.%n%n", docs, c.sentences, c.tokens, records, warmup, rounds);
        System.out.println("| stage | wall ms | CPU ms | tokens/s (CPU) | sentences/s (CPU) | tokens/s (wall) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("tokenize + ssplit (baseline)", c, base.wallNanos, base.cpuNanos);
        row("rule layer (extract)", c, full.wallNanos, full.cpuNanos);
        row("rule layer minus baseline", c, full.wallNanos - base.wallNanos, full.cpuNanos - base.cpuNanos);
        System.out.printf(Locale.ROOT, "%nThe rule layer takes %.2f× the CPU time of tokenize + ssplit alone.%n",
                (double) full.cpuNanos / base.cpuNanos);
    }

    private static void row(String stage, Counts c, long wallNanos, long cpuNanos) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %,.0f | %,.0f | %,.0f |%n", stage, wallNanos / 1e6,
                cpuNanos / 1e6, c.tokens / (cpuNanos / 1e9), c.sentences / (cpuNanos / 1e9), c.tokens / (wallNanos / 1e9));
    }
}
