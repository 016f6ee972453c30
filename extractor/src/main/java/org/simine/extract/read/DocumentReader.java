package org.simine.extract.read;

import java.nio.file.Path;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;

/** Reads one kind of file into a {@link Document}. Implementations are stateless and thread-safe. */
public interface DocumentReader {
    /**
     * @throws InputException for any file that cannot be read; no other exception escapes for a bad file
     */
    Document read(Path file) throws InputException;

    /**
     * Reads within {@code limits}. A paginated reader overrides this and calls
     * {@link ExtractionLimits#checkPage(Path, int, int)} before each page, so that an overlong document is refused
     * before its text is read and a timed-out extraction stops at the next page. The default reads without
     * checking; {@link DocumentReaders} checks the page count of the result.
     */
    default Document read(Path file, ExtractionLimits limits) throws InputException {
        return read(file);
    }
}
