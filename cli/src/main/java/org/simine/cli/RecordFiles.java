package org.simine.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;

/** Reads a records file written by {@code extract} (.jsonl or .csv) back into records. */
final class RecordFiles {
    private RecordFiles() {
    }

    static List<Record> read(Path file) throws InputError {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".csv")) {
                return RecordCsv.read(in);
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return RecordJson.readJsonl(in);
            }
            throw new InputError(file + ": unsupported records file (use .jsonl or .csv)");
        } catch (NoSuchFileException e) {
            throw new InputError(file + ": no such file");
        } catch (RecordFormatException e) {
            throw new InputError(file + ": not a SiMine records file: " + e.getMessage());
        } catch (IOException e) {
            throw new InputError(file + ": cannot read: " + e.getMessage());
        }
    }
}
