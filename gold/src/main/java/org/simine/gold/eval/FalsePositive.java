package org.simine.gold.eval;

import java.util.Objects;
import org.simine.model.Record;

/**
 * A prediction no gold record was assigned to.
 *
 * @param index  position of the prediction in the evaluated prediction list (0-based)
 * @param table  the table it counts against: {@code source().table()}, or {@link TableLabels#TEXT}
 * @param record the prediction
 */
public record FalsePositive(int index, String table, Record record) {
    public FalsePositive {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(record, "record");
    }
}
