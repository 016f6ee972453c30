package org.simine.spark;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;

/** The failure table: one row per input that gave no records (file, {@code InputProblem} name, message). */
final class FailureColumns {
    /** The table's Parquet schema, in Parquet's schema language ({@link ParquetParts} parses it per task). */
    static final String SCHEMA = """
            message spark_schema {
              required binary file (STRING);
              required binary error_code (STRING);
              required binary message (STRING);
            }
            """;

    private FailureColumns() {
    }

    static Group row(SimpleGroupFactory groups, FileResult failed) {
        Group g = groups.newGroup();
        g.add("file", failed.file());
        g.add("error_code", failed.errorCode());
        g.add("message", failed.message());
        return g;
    }
}
