package org.simine.model.io;

import java.util.List;
import org.simine.model.Record;

/** Output formats for record datasets. */
public enum RecordFormat {
    JSONL, CSV, JSON;

    public void write(List<Record> records, Appendable out) {
        switch (this) {
            case JSONL -> RecordJson.writeJsonl(records, out);
            case CSV -> RecordCsv.write(records, out);
            case JSON -> RecordJson.writeJsonArray(records, out);
            default -> throw new IllegalStateException(name());
        }
    }
}
