package org.simine.cli.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.simine.index.SiMineIndex;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SortOrder;
import org.simine.web.ServeOptions;
import org.simine.web.WebServer;
import org.simine.web.api.SearchApi;

/**
 * Measures the web app's search API: p50/p95 latency of {@code GET /api/search} over loopback on an index of
 * synthetic records (the index benchmark's generator), next to a baseline measured in the same run on the same
 * index: the same search through the Java API without HTTP ({@code SiMineIndex.search} with the page's facets).
 * The difference is what HTTP, JSON and the paper labels cost. Run by {@code bench/web-bench.sh}; prints Markdown.
 *
 * <pre>
 *   java -cp cli/target/simine.jar org.simine.cli.bench.WebBenchmark WORKDIR RECORDS
 * </pre>
 */
public final class WebBenchmark {
    static final double TARGET_P95_MS = 50;
    /** Paper and compare views. */
    static final double TARGET_VIEW_P95_MS = 100;
    static final List<String> QUERIES = IndexBenchmark.QUERIES;

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WebBenchmark WORKDIR RECORDS");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).resolve("synthetic-index");
        int records = Integer.parseInt(args[1]);
        System.out.printf("# SiMine web benchmark (%s, %d cores, Java %s, max heap %d MB)%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            build(index, records);
            try (WebServer server = WebServer.start(index, ServeOptions.loopback(0), Throwable::printStackTrace)) {
                measure(index, server);
            }
        }
    }

    private static void build(SiMineIndex index, int records) throws Exception {
        int papers = Math.max(1, records / IndexBenchmark.RECORDS_PER_PAPER);
        SyntheticPapers synthetic = new SyntheticPapers(42);
        long t0 = System.nanoTime();
        try (PaperWriter writer = index.writer()) {
            for (int n = 0; n < papers; n++) {
                writer.put(synthetic.paper(n, IndexBenchmark.RECORDS_PER_PAPER, IndexBenchmark.PASSAGES_PER_PAPER),
                        "/synthetic/" + n + ".pdf", "sha256:" + n, Instant.now(), null);
            }
        }
        System.out.printf(Locale.ROOT, "Index: %d synthetic records in %d papers, built in %.1f s.%n%n",
                index.count(""), papers, (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(SiMineIndex index, WebServer server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        System.out.printf("Latency in ms over %d rounds after %d warm-up rounds; one client thread, loopback; each "
                        + "search returns 20 hits with snippets and counts %d facets over all hits.%n%n",
                IndexBenchmark.MEASURED_ROUNDS, IndexBenchmark.WARMUP_ROUNDS, SearchApi.FACETS.size());
        System.out.println("| query | hits | Java API p50 | Java API p95 | HTTP p50 | HTTP p95 | bytes "
                + "| page (silicon switch on) p50 | page p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<Double> api = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        for (String q : QUERIES) {
            SearchRequest request = new SearchRequest(q, SearchRequest.DEFAULT_LIMIT, SortOrder.RELEVANCE,
                    SearchApi.FACETS);
            HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + "api/search?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
            HttpResponse<byte[]> sample = client.send(get, HttpResponse.BodyHandlers.ofByteArray());
            if (sample.statusCode() != 200) {
                throw new IllegalStateException(q + ": HTTP " + sample.statusCode());
            }
            // What the page asks by default: the same search with the "silicon anodes only" switch on.
            HttpRequest pageGet = HttpRequest.newBuilder(URI.create(server.url() + "api/search?silicon=1&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
            List<Double> a = time(() -> index.search(request).total());
            List<Double> h = time(() -> client.send(get, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            List<Double> s = time(() -> ok(client, pageGet));
            api.addAll(a);
            http.addAll(h);
            page.addAll(s);
            System.out.printf(Locale.ROOT, "| `%s` | %d | %.2f | %.2f | %.2f | %.2f | %d | %.2f | %.2f |%n",
                    q.isEmpty() ? "(all records)" : q, index.count(q), BenchSupport.percentile(a, 50), BenchSupport.percentile(a, 95),
                    BenchSupport.percentile(h, 50), BenchSupport.percentile(h, 95), sample.body().length,
                    BenchSupport.percentile(s, 50), BenchSupport.percentile(s, 95));
        }
        double p95 = BenchSupport.percentile(http, 95);
        double pageP95 = BenchSupport.percentile(page, 95);
        System.out.printf(Locale.ROOT, "| **all queries above** | | %.2f | %.2f | %.2f | **%.2f** | | %.2f | **%.2f** |%n%n",
                BenchSupport.percentile(api, 50), BenchSupport.percentile(api, 95), BenchSupport.percentile(http, 50), p95,
                BenchSupport.percentile(page, 50), pageP95);
        System.out.printf(Locale.ROOT, "Search API p95 %.2f ms (%.2f ms with the silicon switch on): %s the %.0f ms "
                + "target.%n%n", p95, pageP95, Math.max(p95, pageP95) < TARGET_P95_MS ? "within" : "OVER", TARGET_P95_MS);
        views(index, server, client, p95);
    }

    /**
     * The page's other views against the same run's search (the baseline): the paper view ({@code /api/papers/{id}},
     * all of a paper's records with its tables and references), the compare view ({@code /api/compare}, two to five
     * materials over a selection) and the paper facet's "more" ({@code /api/facets/paper}). Target: p95 under 100 ms.
     */
    private static void views(SiMineIndex index, WebServer server, HttpClient client, double searchP95)
            throws Exception {
        List<String> papers = index.papers().stream().limit(5).map(p -> "api/papers/"
                + org.simine.web.PaperIds.of(p.docId())).toList();
        List<String[]> requests = new ArrayList<>();
        papers.forEach(p -> requests.add(new String[] {"paper view", p}));
        requests.add(new String[] {"compare, 2 materials, all records", "api/compare?silicon=1&m=Si%40C&m=P-doped+Si"});
        requests.add(new String[] {"compare, 3 materials, all records",
                "api/compare?silicon=1&m=Si%40C&m=P-doped+Si&m=Si+NW"});
        requests.add(new String[] {"compare, 5 materials, all records",
                "api/compare?silicon=1&m=Si%40C&m=P-doped+Si&m=Si+NW&m=Si%2FC&m=B-doped+Si"});
        requests.add(new String[] {"compare, 3 materials, `rate:>=1C`",
                "api/compare?silicon=1&q=rate%3A%3E%3D1C&m=Si%40C&m=P-doped+Si&m=Si+NW"});
        requests.add(new String[] {"compare as CSV, 3 materials", "api/compare?silicon=1&format=csv&m=Si%40C&m=P-doped+Si&m=Si+NW"});
        requests.add(new String[] {"paper facet, all values (\"more\")", "api/facets/paper?silicon=1&q="});
        requests.add(new String[] {"material facet, all values (compare picker)", "api/facets/material?silicon=1&q="});
        System.out.println("| view | request | HTTP p50 | HTTP p95 | bytes |");
        System.out.println("|---|---|---|---|---|");
        List<Double> compare = new ArrayList<>();
        List<Double> paper = new ArrayList<>();
        for (String[] r : requests) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + r[1])).build();
            int bytes = client.send(get, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            List<Double> ms = time(() -> ok(client, get));
            (r[0].startsWith("paper view") ? paper : r[0].startsWith("compare") ? compare : new ArrayList<Double>())
                    .addAll(ms);
            System.out.printf(Locale.ROOT, "| %s | `/%s` | %.2f | %.2f | %d |%n", r[0],
                    r[1].length() > 60 ? r[1].substring(0, 57) + "..." : r[1], BenchSupport.percentile(ms, 50),
                    BenchSupport.percentile(ms, 95), bytes);
        }
        double paperP95 = BenchSupport.percentile(paper, 95);
        double compareP95 = BenchSupport.percentile(compare, 95);
        System.out.printf(Locale.ROOT, "%nPaper view p95 %.2f ms, compare p95 %.2f ms (search p95 in this run, the "
                        + "baseline: %.2f ms): %s the %.0f ms target.%n", paperP95, compareP95, searchP95,
                Math.max(paperP95, compareP95) < TARGET_VIEW_P95_MS ? "within" : "OVER", TARGET_VIEW_P95_MS);
    }

    private static int ok(HttpClient client, HttpRequest get) throws Exception {
        int status = client.send(get, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(get.uri() + ": HTTP " + status);
        }
        return status;
    }

    /** Latencies of a task in ms, sorted, after warm-up. */
    private static List<Double> time(Callable<Object> task) throws Exception {
        for (int i = 0; i < IndexBenchmark.WARMUP_ROUNDS; i++) {
            task.call();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < IndexBenchmark.MEASURED_ROUNDS; i++) {
            long t = System.nanoTime();
            task.call();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(Comparator.naturalOrder());
        return ms;
    }

}
