package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.simine.extract.ExtractionResult;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.GoldSet;
import org.simine.gold.eval.EvalReport;
import org.simine.gold.eval.Evaluator;
import org.simine.gold.eval.MatchOptions;
import org.simine.index.RecordIndex;
import org.simine.index.RecordQuery;
import org.simine.model.Numbers;
import org.simine.model.Property;
import org.simine.model.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on the bundled corpus: extract corpus/, index the records, print counts by "
                + "property, the evaluation against the review's tables, and an example search."})
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
        Path papers = corpus != null ? corpus : Home.corpus();
        Path index = indexDir != null ? indexDir : Home.dir().resolve(".simine").resolve("demo-index");

        out.printf("== SiMine demo: %s%n", papers.toAbsolutePath().normalize());
        long t0 = System.nanoTime();
        Batch.Outcome outcome = Batch.run(CorpusManifest.papers(papers), SiMineExtractor.create(), spec.commandLine().getErr());
        List<Record> records = outcome.records();
        out.printf("extracted %d records from %d papers in %.1f s (%d files failed)%n", records.size(),
                outcome.results().size(), (System.nanoTime() - t0) / 1e9, outcome.problems().size());

        try (RecordIndex idx = RecordIndex.open(index)) {
            for (ExtractionResult r : outcome.results()) {
                idx.replaceDocument(r.docId(), r.records());
            }
            idx.commit();
            out.printf("%n== Index %s: %d records%n", index.toAbsolutePath().normalize(),
                    idx.count(RecordQuery.all()));
            printCounts(out, idx.countByProperty());

            out.printf("%n== Evaluation against the review's tables (gold %s)%n", GoldSet.review().version());
            EvalReport report = new Evaluator(MatchOptions.defaults()).evaluate(GoldSet.review().records(), records);
            out.print(report.toSummaryMarkdown());

            RecordQuery example = RecordQuery.of(Property.CAPACITY_RETENTION).withValueRange(50.0, null);
            out.printf("%n== Example search: capacity_retention >= 50%% (%d hits)%n", idx.count(example));
            for (Record r : idx.search(example, 5)) {
                out.println(describe(r));
            }
        }
        out.flush();
        return outcome.failed() ? ExitCode.INPUT_ERROR : ExitCode.OK;
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
