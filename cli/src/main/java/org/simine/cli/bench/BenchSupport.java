package org.simine.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the benchmark mains share: the PDFs to run on and percentiles of timings. */
final class BenchSupport {
    private BenchSupport() {
    }

    /** The p-th percentile (nearest rank) of {@code values}, which need not be sorted. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** The PDFs named or directly inside the folders named; missing paths are reported and skipped. */
    static List<Path> pdfs(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                System.err.println("bench: skipping missing " + p);
            }
        }
        return out;
    }
}
