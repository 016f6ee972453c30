package org.simine.gold.eval;

import java.util.List;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/**
 * What a prose-only evaluation scores: the predictions read from running text, against the prose gold
 * ({@code GoldSet.proseRecords()}). Table cells are left out, so the tables neither help nor hurt; the PDF
 * reader already masks detected table regions out of the running text.
 */
public final class ProseScope {
    private ProseScope() {
    }

    /** The predictions whose source is running text, in their original order. */
    public static List<Record> textSourced(List<Record> predicted) {
        return predicted.stream().filter(r -> r.source().kind() == SourceKind.TEXT).toList();
    }

    /** The predictions read from table cells, in their original order: what the table gold scores. */
    public static List<Record> tableSourced(List<Record> predicted) {
        return predicted.stream().filter(r -> r.source().kind() == SourceKind.TABLE).toList();
    }
}
