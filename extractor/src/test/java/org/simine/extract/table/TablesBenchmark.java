package org.simine.extract.table;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Pages per second of table extraction (glyph and rule capture, detection, grids), for {@code bench/tables.sh};
 * not a test. Loading each PDF is timed too, as {@link TableExtractor#extract(java.nio.file.Path)} does it.
 * Arguments: {@code rounds file...}; the first round warms the JIT up and is reported separately.
 */
public final class TablesBenchmark {
    private TablesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        List<File> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(new File(args[i]));
        }
        TableExtractor extractor = new TableExtractor();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int pages = 0;
            int tables = 0;
            for (File f : files) {
                try (PDDocument doc = Loader.loadPDF(f)) {
                    pages += doc.getNumberOfPages();
                    tables += extractor.extract(doc).size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d%s: %d files, %d pages, %d tables in %.2f s = %.1f pages/s%n", round,
                    round == 1 ? " (warm-up)" : "", files.size(), pages, tables, seconds, pages / seconds);
        }
    }
}
