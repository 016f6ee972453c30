package org.simine.extract;

import java.nio.file.Path;
import java.util.Set;
import org.simine.extract.nlp.TextRecordExtractor;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;

/**
 * Entry point: reads a paper (.pdf, .txt, .md) and extracts kinetics records from its running text.
 *
 * <p>{@link #create()} is expensive (CoreNLP pipeline, vocabularies, rule stages): create one instance and
 * share it. {@link #extract(Path)} is thread-safe.
 */
public final class SiMineExtractor {
    /** Lower-case file extensions SiMine reads, without the dot: {@code pdf}, {@code txt}, {@code md}. */
    public static final Set<String> SUPPORTED_EXTENSIONS = DocumentReaders.SUPPORTED_EXTENSIONS;

    private final TextRecordExtractor text;

    private SiMineExtractor(TextRecordExtractor text) {
        this.text = text;
    }

    public static SiMineExtractor create() {
        return new SiMineExtractor(TextRecordExtractor.create());
    }

    /**
     * @throws InputException when the file is missing, of an unsupported type, empty, corrupt, encrypted,
     *                        without a text layer or not valid UTF-8; never another exception for a bad file
     */
    public ExtractionResult extract(Path file) throws InputException {
        Document document = DocumentReaders.read(file);
        return new ExtractionResult(document.id(), file, document.title(), document.pages().size(),
                text.extract(document), document);
    }
}
