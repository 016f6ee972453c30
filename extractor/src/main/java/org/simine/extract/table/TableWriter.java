package org.simine.extract.table;

import java.io.IOException;
import java.util.List;

/** Writes tables in one text format, for debugging and export. */
public interface TableWriter {
    /** Writes {@code tables} to {@code out}; the writer neither flushes nor closes it. */
    void write(List<Table> tables, Appendable out) throws IOException;
}
