package org.simine.extract.table;

import java.util.List;
import java.util.Locale;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;

/**
 * The tables of a PDF document, read by {@link TableExtractor}; other formats give none.
 *
 * <p>It opens the file a second time (the text reader has closed its copy): a known cost, to go once the
 * document model carries its tables.
 */
public final class PdfTableSource implements TableSource {
    private final TableExtractor extractor = new TableExtractor();

    @Override
    public List<Table> tables(Document document) throws InputException {
        String name = document.path().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") ? extractor.extract(document.path()) : List.of();
    }
}
