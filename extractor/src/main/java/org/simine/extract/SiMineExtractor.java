package org.simine.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.simine.extract.nlp.TextRecordExtractor;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.table.PdfTableSource;
import org.simine.extract.table.TableSource;
import org.simine.extract.table.interpret.TableRecordExtractor;
import org.simine.extract.table.text.TextTableSource;
import org.simine.model.Record;

/**
 * Entry point: reads a paper (.pdf, .txt, .md) and extracts kinetics records from its running text and from
 * its tables.
 *
 * <p>Tables come from a {@link TableSource}: by default the PDF table layer ({@link PdfTableSource}) and the
 * tab-separated tables of text exports ({@link TextTableSource}); {@link #create(TableSource)} takes others.
 *
 * <p>{@link #create()} is expensive (CoreNLP pipeline, vocabularies, rule stages): create one instance and
 * share it. {@link #extract(Path)} is thread-safe.
 */
public final class SiMineExtractor {
    /** Lower-case file extensions SiMine reads, without the dot: {@code pdf}, {@code txt}, {@code md}. */
    public static final Set<String> SUPPORTED_EXTENSIONS = DocumentReaders.SUPPORTED_EXTENSIONS;

    private final TextRecordExtractor text;
    private final TableSource tables;
    private final TableRecordExtractor tableRecords;

    private SiMineExtractor(TextRecordExtractor text, TableSource tables, TableRecordExtractor tableRecords) {
        this.text = text;
        this.tables = Objects.requireNonNull(tables, "tables");
        this.tableRecords = tableRecords;
    }

    /** An extractor reading the tables of PDFs and of text exports. */
    public static SiMineExtractor create() {
        return create(new TextTableSource().and(new PdfTableSource()));
    }

    /** An extractor taking each document's tables from {@code tables} (e.g. {@code new TextTableSource().and(pdf)}). */
    public static SiMineExtractor create(TableSource tables) {
        return new SiMineExtractor(TextRecordExtractor.create(), tables, TableRecordExtractor.create());
    }

    /**
     * @return the records of the running text in reading order, then those of the tables, table by table
     * @throws InputException when the file is missing, of an unsupported type, empty, corrupt, encrypted,
     *                        without a text layer or not valid UTF-8; never another exception for a bad file
     */
    public ExtractionResult extract(Path file) throws InputException {
        Document document = DocumentReaders.read(file);
        List<Record> records = new ArrayList<>(text.extract(document));
        records.addAll(tableRecords.extract(document, tables.tables(document)));
        return new ExtractionResult(document.id(), file, document.title(), document.pages().size(), records,
                document);
    }
}
