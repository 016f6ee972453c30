package org.simine.index.ingest;

import org.simine.model.io.FileHash;
import java.io.IOException;
import java.util.Optional;
import org.simine.index.document.Paper;

/** Finds papers already committed to the index; thread-safe. */
public interface PaperLookup {
    Optional<Paper> byFileHash(String fileHash) throws IOException;

    Optional<Paper> byPath(String absolutePath) throws IOException;

    Optional<Paper> byDocId(String docId) throws IOException;
}
