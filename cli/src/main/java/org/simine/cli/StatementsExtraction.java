package org.simine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.gold.statements.Statement;
import org.simine.model.Record;

/**
 * Extracts the rows of a statements file the way a user's text files are extracted: each row's text is written to
 * a {@code .txt} file of its own in a temporary folder (deleted afterwards) and read by
 * {@link SiMineExtractor#extract(Path)}, so nothing of one row (material context, paragraphs) reaches another.
 */
final class StatementsExtraction {
    private StatementsExtraction() {
    }

    /**
     * @param records  per row id, the records read from its text (every row has an entry)
     * @param problems one line per row that could not be extracted (its records are then empty)
     */
    record Outcome(Map<String, List<Record>> records, List<String> problems) {
        boolean failed() {
            return !problems.isEmpty();
        }
    }

    static Outcome run(List<Statement> rows, SiMineExtractor extractor, PrintWriter err) throws IOException {
        Map<String, List<Record>> records = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Path dir = Files.createTempDirectory("simine-statements-");
        try {
            for (int i = 0; i < rows.size(); i++) {
                Statement row = rows.get(i);
                Path file = dir.resolve(String.format(Locale.ROOT, "%04d-%s.txt", i + 1,
                        row.id().replaceAll("[^A-Za-z0-9._-]", "_")));
                Files.writeString(file, row.text() + "\n", StandardCharsets.UTF_8);
                try {
                    records.put(row.id(), extractor.extract(file).records());
                } catch (InputException e) {
                    String problem = "row " + row.id() + " (line " + row.line() + "): " + e.getMessage();
                    problems.add(problem);
                    err.println("simine: " + problem);
                    records.put(row.id(), List.of());
                }
            }
        } finally {
            deleteTree(dir);
        }
        err.flush();
        return new Outcome(records, List.copyOf(problems));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
