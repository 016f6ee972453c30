package org.simine.index.ingest;

import java.nio.file.Path;

/**
 * Reads one file into an {@link ExtractedPaper}. The index depends on this one-method interface rather than on the
 * extractor module, so it never sees PDFBox or CoreNLP; the command line adapts {@code SiMineExtractor} to it.
 * Implementations are called from several threads at once and must be thread-safe.
 */
@FunctionalInterface
public interface PaperExtractor {
    /**
     * @throws UnreadablePaperException when the file cannot be read; its message names the file and the problem
     */
    ExtractedPaper extract(Path file) throws UnreadablePaperException;
}
