package org.simine.extract.table;

import java.util.List;
import org.simine.extract.read.Document;

/** The tables the PDF reader found while reading the document (none for text files). */
public final class PdfTableSource implements TableSource {
    @Override
    public List<Table> tables(Document document) {
        return document.tables();
    }
}
