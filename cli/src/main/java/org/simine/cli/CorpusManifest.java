package org.simine.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A corpus folder's {@code manifest.csv} (id, file, title, doi, sha256, licence, origin): when present it
 * names the papers, so notes such as the folder's README are not read as papers.
 */
final class CorpusManifest {
    static final String FILE_NAME = "manifest.csv";

    private CorpusManifest() {
    }

    /** The papers of {@code dir}: those its manifest lists, or the folder itself when it has no manifest. */
    static List<Path> papers(Path dir) throws InputError {
        Path manifest = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return List.of(dir);
        }
        List<Path> files = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey("file")) {
                throw new InputError(manifest + ": no 'file' column");
            }
            for (CSVRecord row : parser) {
                files.add(dir.resolve(row.get("file")));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputError(manifest + ": cannot read manifest: " + e.getMessage());
        }
        return files;
    }
}
