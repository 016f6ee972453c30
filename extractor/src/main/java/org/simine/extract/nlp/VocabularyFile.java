package org.simine.extract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a tab-separated vocabulary from the classpath; {@code #} starts a comment line. */
public final class VocabularyFile {
    private VocabularyFile() {
    }

    /**
     * @return the data rows, each with exactly {@code columns} trimmed cells
     * @throws IllegalStateException when the resource is missing or a row has the wrong number of cells,
     *                               naming the line: vocabularies ship with the code, so this is a build bug
     */
    public static List<List<String>> rows(String resource, int columns) {
        InputStream in = VocabularyFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing vocabulary " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                if (cells.size() != columns || cells.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " non-empty tab-separated cells, got " + cells);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
