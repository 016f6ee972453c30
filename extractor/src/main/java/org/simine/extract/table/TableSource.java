package org.simine.extract.table;

import java.util.List;
import java.util.stream.Stream;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;

/**
 * Where a document's tables come from: the PDF table layer for PDFs, the text-export reader for
 * {@code .txt}/{@code .md}. One method, so that a new table layer plugs into {@code SiMineExtractor} as a lambda.
 */
@FunctionalInterface
public interface TableSource {
    /** A source that finds no tables (the default where no table layer exists yet). */
    TableSource NONE = document -> List.of();

    /** The document's tables in reading order; empty when it has none or the format is not handled. */
    List<Table> tables(Document document) throws InputException;

    /** This source's tables, then the other's: lets each layer handle only the formats it knows. */
    default TableSource and(TableSource other) {
        return document -> {
            List<Table> mine = tables(document);
            List<Table> theirs = other.tables(document);
            if (theirs.isEmpty()) {
                return mine;
            }
            return Stream.concat(mine.stream(), theirs.stream()).toList();
        };
    }
}
