package org.simine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.simine.index.IndexSchemaException;
import org.simine.index.SiMineIndex;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by ingest, search, export and stats. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR",
            description = "index folder (default: .simine/index under SIMINE_HOME)")
    Path dir;

    Path dir() {
        return dir != null ? dir : Home.dir().resolve(".simine").resolve("index");
    }

    /** Opens the index, creating it when missing (for ingest). */
    SiMineIndex openOrCreate() throws IOException, InputError {
        try {
            return SiMineIndex.open(dir());
        } catch (IndexSchemaException e) {
            throw new InputError(e.getMessage());
        }
    }

    /** Opens an index that must already exist (for search, export and stats). */
    SiMineIndex openExisting() throws IOException, InputError {
        if (!SiMineIndex.exists(dir())) {
            throw new InputError(dir() + ": no index here (run ./simine ingest first, or pass --index DIR)");
        }
        return openOrCreate();
    }
}
