package org.simine.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The failure table: one row per input that gave no records (file, {@code InputProblem} name, message). */
final class FailureColumns {
    static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("error_code", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)});

    private FailureColumns() {
    }

    static Row row(FileResult failed) {
        return RowFactory.create(failed.file(), failed.errorCode(), failed.message());
    }
}
