package org.simine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;
import org.simine.index.search.FacetCount;
import org.simine.index.search.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"What the index holds: papers, passages and records, records by property, the most frequent "
                + "materials, and records per paper."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15",
            description = "materials and papers to list (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        IndexStats s;
        try (SiMineIndex idx = index.openExisting()) {
            s = idx.stats(top);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("index %s: %d papers, %d passages, %d records%n", index.dir().toAbsolutePath().normalize(),
                s.papers(), s.passages(), s.records());
        out.println("\nrecords by property:");
        for (FacetCount c : s.byProperty()) {
            out.printf("  %-30s %6d%n", c.value(), c.count());
        }
        out.printf("%ntop %d materials:%n", Math.min(top, s.byMaterial().size()));
        for (FacetCount c : s.byMaterial()) {
            out.printf("  %-30s %6d%n", TextTable.cut(c.value(), 30), c.count());
        }
        out.printf("%nrecords by paper (%d papers):%n", s.byPaper().size());
        for (Paper p : s.byPaper().subList(0, Math.min(top, s.byPaper().size()))) {
            out.printf("  %6d  %-28s %s%n", p.records(), TextTable.cut(p.docId(), 28), TextTable.cut(p.label(), 70));
        }
        if (s.byPaper().size() > top) {
            out.printf("  … %d more (--top N)%n", s.byPaper().size() - top);
        }
        out.flush();
        return ExitCode.OK;
    }
}
