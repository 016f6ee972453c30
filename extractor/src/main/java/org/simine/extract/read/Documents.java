package org.simine.extract.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.simine.extract.table.Table;
import org.simine.extract.InputException;

/** Gives read pages their identity: the DOI as id when found, else the file hash. */
final class Documents {
    private Documents() {
    }

    static Document assemble(Path file, String title, List<Page> pages, boolean paginated) throws InputException {
        return assemble(file, title, pages, paginated, Map.of(), List.of());
    }

    static Document assemble(Path file, String title, List<Page> pages, boolean paginated,
                             Map<String, Integer> unrecoveredGlyphs, List<Table> tables) throws InputException {
        return assemble(file, title, pages, paginated, unrecoveredGlyphs, tables,
                DocumentInfo.of(paginated ? DocumentFormat.PDF : DocumentFormat.TEXT));
    }

    static Document assemble(Path file, String title, List<Page> pages, boolean paginated,
                             Map<String, Integer> unrecoveredGlyphs, List<Table> tables, DocumentInfo info)
            throws InputException {
        String doi = DocumentIds.findDoi(pages, paginated).orElse(null);
        String id;
        try {
            id = doi != null ? doi : DocumentIds.sha256(file);
        } catch (IOException | RuntimeException e) {
            throw InputException.unreadable(file, e);
        }
        return new Document(id, file, title, doi, pages, paginated, unrecoveredGlyphs, tables, info);
    }
}
