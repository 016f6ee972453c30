package org.simine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.MatchOptions;
import org.simine.gold.eval.ReviewEvaluation;
import org.simine.index.IndexSchemaException;
import org.simine.index.SiMineIndex;
import org.simine.index.ingest.FileOutcome;
import org.simine.index.ingest.IngestListener;
import org.simine.index.ingest.IngestOptions;
import org.simine.index.ingest.IngestSummary;
import org.simine.index.search.RecordHit;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SearchResult;
import org.simine.model.Numbers;
import org.simine.model.Property;
import org.simine.model.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on the bundled corpus: ingest corpus/ into a local index (papers, passages, "
                + "records), print counts by property, the evaluation against the review's tables, and an example "
                + "search."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "papers to process (default: corpus/)")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: .simine/demo-index)")
    Path indexDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path papers = corpus != null ? corpus : Home.corpus();
        Path index = indexDir != null ? indexDir : Home.dir().resolve(".simine").resolve("demo-index");

        out.printf("== SiMine demo: %s%n", papers.toAbsolutePath().normalize());
        InputFiles inputs = InputFiles.resolve(CorpusManifest.papers(papers));
        inputs.problems().forEach(p -> err.println("simine: " + p));
        inputs.notes().forEach(n -> err.println("simine: " + n.describe()));
        try (SiMineIndex idx = openDemoIndex(index)) {
            IngestSummary ingest = idx.ingest(inputs.files(), new ExtractorPapers(), IngestOptions.defaults(),
                    IngestListener.NONE);
            ingest.with(FileOutcome.Status.FAILED).forEach(o -> err.println("simine: " + o.reason()));
            ingest.duplicates().forEach(d -> err.println("simine: " + FailureReport.describe(d)));
            err.flush();
            List<String> docs = ingest.outcomes().stream().map(FileOutcome::docId).filter(Objects::nonNull)
                    .distinct().toList();
            String ofThesePapers = docs.stream().map(d -> "doc:\"" + d + "\"").collect(Collectors.joining(" OR "));
            List<Record> records = docs.isEmpty() ? List.of() : idx.records(ofThesePapers);
            out.printf("extracted %d records from %d papers in %.1f s (%d files failed)%n", records.size(),
                    docs.size(), ingest.elapsed().toMillis() / 1e3, ingest.count(FileOutcome.Status.FAILED));

            out.printf("%n== Index %s: %d records (./simine stats --index %s)%n", index.toAbsolutePath().normalize(),
                    idx.count(""), index);
            printCounts(out, countByProperty(records));

            GoldSet gold = GoldSet.review();
            out.printf("%n== Evaluation against the review's gold %s: table records vs its six tables, text records "
                    + "vs the values its prose states%n", gold.version());
            List<Record> ofTheReview = records.stream().filter(r -> r.doc().equalsIgnoreCase(gold.doc())).toList();
            if (ofTheReview.isEmpty()) {
                out.printf("The review (%s) is not among these papers: nothing to score.%n", gold.doc());
            } else {
                out.print(ReviewEvaluation.of(gold, ofTheReview, MatchOptions.defaults()).toSummaryMarkdown());
                out.println("Full reports: ./simine eval --extract FILE (tables), ./simine eval --prose --extract "
                        + "FILE (prose).");
            }

            String example = "property:rct value:<60 dopant:P";
            SearchResult hits = idx.search(SearchRequest.of(example).withLimit(5));
            out.printf("%n== Example search: P-doped Si with R_ct below 60 Ohm (%d hits): ./simine search '%s'%n",
                    hits.total(), example);
            for (RecordHit hit : hits.hits()) {
                out.println(describe(hit.record()));
            }
            out.flush();
            return ingest.anyFailed() || !inputs.problems().isEmpty() ? ExitCode.INPUT_ERROR : ExitCode.OK;
        }
    }

    /**
     * The demo's own index. One written by an older SiMine layout is rebuilt, but only in the default demo
     * folder: a folder the user named is never deleted.
     */
    private SiMineIndex openDemoIndex(Path index) throws IOException, InputError {
        try {
            return SiMineIndex.open(index);
        } catch (IndexSchemaException e) {
            if (indexDir != null) {
                throw new InputError(e.getMessage());
            }
            spec.commandLine().getErr().println("simine: rebuilding the demo index (" + e.getMessage() + ")");
            deleteTree(index);
            return SiMineIndex.open(index);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<Property, Integer> countByProperty(List<Record> records) {
        Map<Property, Integer> counts = new EnumMap<>(Property.class);
        records.forEach(r -> counts.merge(r.property(), 1, Integer::sum));
        return counts;
    }

    private static void printCounts(PrintWriter out, Map<Property, Integer> counts) {
        counts.forEach((p, n) -> {
            if (n > 0) {
                out.printf("  %-30s %5d%n", p.id(), n);
            }
        });
    }

    static String describe(Record r) {
        StringBuilder sb = new StringBuilder("  ");
        sb.append(r.material() == null ? "(material ?)" : r.material()).append(": ");
        sb.append(r.approx() ? "~" : "").append(r.value() == null ? "?" : Numbers.format(r.value()))
                .append(' ').append(r.unit());
        if (r.rate() != null) {
            sb.append(" at ").append(r.rate());
        }
        if (r.cycles() != null) {
            sb.append(" after ").append(r.cycles()).append(" cycles");
        }
        if (r.source().page() != null) {
            sb.append("  [p").append(r.source().page()).append(", ").append(r.source().rule()).append(']');
        }
        return sb.toString();
    }
}
