package org.simine.extract.read;

import java.nio.file.Path;
import org.simine.extract.InputException;

/** Reads one kind of file into a {@link Document}. Implementations are stateless and thread-safe. */
public interface DocumentReader {
    /**
     * @throws InputException for any file that cannot be read; no other exception escapes for a bad file
     */
    Document read(Path file) throws InputException;
}
