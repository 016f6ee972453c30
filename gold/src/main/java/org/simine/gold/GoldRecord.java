package org.simine.gold;

import java.util.Objects;
import org.simine.model.Record;

/**
 * One expected record of the gold standard, tied to the table cell of the review it was transcribed from.
 *
 * @param id     stable id, e.g. {@code T2-R3-rct} (table, 1-based body row, what)
 * @param table  table label in the review ("1" … "6")
 * @param row    1-based body row of that table (header rows not counted)
 * @param ref    the reference number(s) the review cites for the row, as printed ("93", "163, 164 and 179")
 * @param column header of the column the value comes from, as printed
 * @param record the expected record (doc = the review's DOI, source.kind = table, source.rule = "gold")
 * @param note   transcription remark, or empty
 */
public record GoldRecord(String id, String table, int row, String ref, String column, Record record, String note) {
    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(record, "record");
        ref = ref == null ? "" : ref;
        column = column == null ? "" : column;
        note = note == null ? "" : note;
    }
}
