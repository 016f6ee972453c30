package org.simine.extract.table.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.table.Table;
import org.simine.extract.table.TableSource;

/**
 * Tables of {@code .txt}/{@code .md} documents, read by {@link TextTableReader}. It re-reads the file because
 * the document's normalised text has its tabs turned into spaces; the reader has already checked that the file
 * is UTF-8. Other formats give no tables here.
 */
public final class TextTableSource implements TableSource {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md");

    @Override
    public List<Table> tables(Document document) throws InputException {
        if (!EXTENSIONS.contains(DocumentReaders.extension(document.path()))) {
            return List.of();
        }
        try {
            return TextTableReader.read(Files.readString(document.path(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw InputException.unreadable(document.path(), e);
        }
    }
}
