package org.simine.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;

/**
 * The Parquet form of records: the export schema's columns ({@link RecordCsv#HEADER}, same names and order, so
 * provenance columns included) with types, one row per record. Values go through the CSV column values, whose
 * numbers are written with {@code Double.toString} and so come back bit for bit.
 */
public final class RecordColumns {
    /** Columns that are not strings; every other column of the header is a string. */
    private static final Map<String, DataType> TYPED = Map.ofEntries(
            Map.entry("value", DataTypes.DoubleType), Map.entry("value_max", DataTypes.DoubleType),
            Map.entry("approx", DataTypes.BooleanType), Map.entry("rate_value", DataTypes.DoubleType),
            Map.entry("cycles", DataTypes.IntegerType), Map.entry("baseline", DataTypes.DoubleType),
            Map.entry("factor", DataTypes.DoubleType), Map.entry("temperature", DataTypes.DoubleType),
            Map.entry("dopant_value", DataTypes.DoubleType), Map.entry("source_page", DataTypes.IntegerType),
            Map.entry("source_row", DataTypes.IntegerType), Map.entry("source_column", DataTypes.IntegerType),
            Map.entry("source_sentence", DataTypes.IntegerType), Map.entry("source_start", DataTypes.IntegerType),
            Map.entry("source_end", DataTypes.IntegerType), Map.entry("confidence", DataTypes.DoubleType),
            Map.entry("source_binding_distance", DataTypes.IntegerType),
            Map.entry("source_paragraph", DataTypes.IntegerType));

    /** The records table's schema; every column nullable (a column without a value for a record is null). */
    public static final StructType SCHEMA = schema();

    private RecordColumns() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String name : RecordCsv.HEADER) {
            fields.add(DataTypes.createStructField(name, type(name), true));
        }
        return DataTypes.createStructType(fields);
    }

    public static DataType type(String column) {
        return TYPED.getOrDefault(column, DataTypes.StringType);
    }

    /** A record's column values, typed, in {@link #SCHEMA} order. */
    public static Object[] values(Record r) {
        List<String> text = RecordCsv.row(r);
        Object[] out = new Object[text.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typed(RecordCsv.HEADER.get(i), text.get(i));
        }
        return out;
    }

    /**
     * A record from its typed column values (the inverse of {@link #values}).
     *
     * @param get the value of a column, null when empty or absent
     */
    public static Record record(Function<String, Object> get) {
        return RecordCsv.parse(name -> {
            Object v = get.apply(name);
            return v == null ? null : v.toString();
        });
    }

    /** The column values of {@link #values} by column name. */
    public static Function<String, Object> getter(Object[] values) {
        return name -> {
            int i = RecordCsv.HEADER.indexOf(name);
            return i < 0 ? null : values[i];
        };
    }

    private static Object typed(String column, String text) {
        if (text == null) {
            return null;
        }
        DataType t = type(column);
        if (t == DataTypes.DoubleType) {
            return Double.valueOf(text);
        }
        if (t == DataTypes.IntegerType) {
            return Integer.valueOf(text);
        }
        if (t == DataTypes.BooleanType) {
            return Boolean.valueOf(text);
        }
        return text;
    }
}
