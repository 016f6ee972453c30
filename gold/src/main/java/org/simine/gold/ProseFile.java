package org.simine.gold;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.SourceKind;

/** Reads {@code prose.csv}, the gold records of a source's running text (conventions in SOURCE.md). */
final class ProseFile {
    /** Header of {@code prose.csv}, in this order. */
    static final List<String> HEADER = List.of(
            "id", "line", "material", "property", "value", "value_max", "unit", "approx", "comparator", "raw",
            "rate_value", "rate_unit", "cycles", "baseline", "factor", "temperature", "dopant_elements",
            "dopant_value", "dopant_unit", "binding", "quote", "note");

    private ProseFile() {
    }

    /** Parses the file strictly; every problem is a {@link GoldFormatException} naming {@code where} and the row. */
    static List<ProseRecord> read(GoldCsv.Source source, String where, String doc) {
        return List.copyOf(GoldCsv.read(source, where, HEADER, row -> parse(row, doc), ProseRecord::id));
    }

    private static ProseRecord parse(CSVRecord row, String doc) {
        String id = GoldSet.text(row, "id");
        if (id == null) {
            throw new IllegalArgumentException("id is empty");
        }
        Integer line = GoldSet.integer(row, "line");
        if (line == null || line < 1) {
            throw new IllegalArgumentException("line '" + row.get("line") + "' is not a 1-based line number");
        }
        String quote = GoldSet.text(row, "quote");
        String raw = GoldSet.text(row, "raw");
        if (quote == null || raw == null) {
            throw new IllegalArgumentException("raw and quote are required");
        }
        if (!quote.contains(raw)) {
            throw new IllegalArgumentException("raw '" + raw + "' is not inside quote '" + quote + "'");
        }
        ProseRecord.Binding binding = ProseRecord.Binding.fromId(row.get("binding"));
        boolean noMaterial = GoldSet.text(row, "material") == null;
        if (noMaterial != (binding == ProseRecord.Binding.NONE)) {
            throw new IllegalArgumentException("binding must be empty exactly when material is empty");
        }
        Record record = GoldSet.recordColumns(row, doc)
                .raw(raw)
                .source(new Source(SourceKind.TEXT, null, null, null, null, null, null, null, null, quote,
                        GoldSet.RULE))
                .build();
        GoldRecord gold = new GoldRecord(id, ProseRecord.TABLE, line, "", "", record, row.get("note"));
        return new ProseRecord(gold, line, quote, binding);
    }
}
