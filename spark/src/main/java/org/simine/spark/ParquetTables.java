package org.simine.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;

/**
 * Reads and writes the job's Parquet tables without a Spark session (Parquet's own reader and writer, which Spark
 * brings): {@code ingest --records} and {@code export --format parquet} start in a second, not in the seconds a
 * session takes, and read files in the order given, so records keep their reading order.
 */
public final class ParquetTables {
    private ParquetTables() {
    }

    /** One Parquet file's rows, in file order, as Parquet's generic groups. */
    public interface RowVisitor {
        void row(Group g) throws IOException;
    }

    /**
     * The Parquet files of the arguments: files as given, folders (a job's output or one of its tables) for their
     * {@code .parquet} files at any depth, sorted by path (part files in partition order).
     */
    public static List<Path> expand(List<String> args, Configuration conf) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = new Path(InputListing.toUri(a));
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                throw new IOException(a + ": no such file or directory");
            }
            if (fs.getFileStatus(p).isDirectory()) {
                List<Path> found = new ArrayList<>();
                var it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (f.getName().endsWith(".parquet") && !f.getName().startsWith(".")
                            && !f.getName().startsWith("_")) {
                        found.add(f);
                    }
                }
                found.sort(null);
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public static MessageType schemaOf(Path file, Configuration conf) throws IOException {
        try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(file, conf))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }

    public static void read(Path file, Configuration conf, RowVisitor visitor) throws IOException {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                visitor.row(g);
            }
        }
    }

    /** True for a records table (it has the record columns), false for another table. */
    public static boolean isRecords(MessageType schema) {
        return schema.containsField("property") && schema.containsField("source_rule");
    }

    public static boolean isPapers(MessageType schema) {
        return schema.containsField("file_hash") && schema.containsField("pages");
    }

    /** A record from a records row; the schema version is checked as for CSV and JSON Lines. */
    public static Record record(Group g) throws RecordFormatException {
        RecordJson.checkVersion(string(g, "schema_version"));
        try {
            return RecordColumns.record(name -> value(g, name));
        } catch (RuntimeException e) {
            throw new RecordFormatException(e.getMessage());
        }
    }

    public static String string(Group g, String field) {
        return has(g, field) ? g.getString(field, 0) : null;
    }

    public static Integer integer(Group g, String field) {
        return has(g, field) ? g.getInteger(field, 0) : null;
    }

    public static long longValue(Group g, String field) {
        return has(g, field) ? g.getLong(field, 0) : 0;
    }

    public static boolean has(Group g, String field) {
        return g.getType().containsField(field) && g.getFieldRepetitionCount(field) > 0;
    }

    /** The elements of a Parquet LIST column (three-level form, as Spark writes it). */
    public static List<Group> list(Group g, String field) {
        List<Group> out = new ArrayList<>();
        if (!has(g, field)) {
            return out;
        }
        Group list = g.getGroup(field, 0);
        for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
            Group entry = list.getGroup(0, i);
            out.add(entry.getGroup(0, 0));
        }
        return out;
    }

    private static Object value(Group g, String name) {
        if (!has(g, name)) {
            return null;
        }
        DataType t = RecordColumns.type(name);
        if (t == DataTypes.DoubleType) {
            return g.getDouble(name, 0);
        }
        if (t == DataTypes.IntegerType) {
            return g.getInteger(name, 0);
        }
        if (t == DataTypes.BooleanType) {
            return g.getBoolean(name, 0);
        }
        return g.getString(name, 0);
    }

    /** A records row from a record's typed column values ({@link RecordColumns#values}). */
    static Group recordGroup(SimpleGroupFactory groups, Object[] values) {
        Group g = groups.newGroup();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            String name = RecordCsv.HEADER.get(i);
            if (v instanceof Double d) {
                g.add(name, d);
            } else if (v instanceof Integer n) {
                g.add(name, n);
            } else if (v instanceof Boolean flag) {
                g.add(name, flag);
            } else if (v != null) {
                g.add(name, (String) v);
            }
        }
        return g;
    }

    /** The records table's Parquet schema, as Spark writes {@link RecordColumns#SCHEMA}. */
    public static MessageType recordSchema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String name : RecordCsv.HEADER) {
            DataType t = RecordColumns.type(name);
            if (t == DataTypes.DoubleType) {
                b.optional(PrimitiveTypeName.DOUBLE).named(name);
            } else if (t == DataTypes.IntegerType) {
                b.optional(PrimitiveTypeName.INT32).named(name);
            } else if (t == DataTypes.BooleanType) {
                b.optional(PrimitiveTypeName.BOOLEAN).named(name);
            } else {
                b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            }
        }
        return b.named("spark_schema");
    }

    /** One Parquet file of records, written a record at a time (snappy, the records table's schema; replaces an
     * existing file), so an export never holds the dataset in memory. */
    public static final class RecordWriter implements java.io.Closeable {
        private final MessageType schema = recordSchema();
        private final SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        private final ParquetWriter<Group> writer;
        private long written;

        public RecordWriter(Path file, Configuration conf) throws IOException {
            writer = ExampleParquetWriter.builder(file).withConf(conf).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
        }

        public void write(Record r) throws IOException {
            writer.write(recordGroup(groups, RecordColumns.values(r)));
            written++;
        }

        public long written() {
            return written;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** The records of the records tables among the arguments (files or folders), in file and row order. */
    public static List<Record> readRecords(List<String> args, Configuration conf)
            throws IOException, RecordFormatException {
        List<Record> out = new ArrayList<>();
        for (Path f : expand(args, conf)) {
            if (isRecords(schemaOf(f, conf))) {
                Map<String, List<Record>> byDoc = new LinkedHashMap<>();
                readRecords(f, conf, byDoc);
                byDoc.values().forEach(out::addAll);
            }
        }
        return out;
    }

    /** Adds a records table's rows to {@code byDoc}, grouped by document in first-seen order. */
    public static void readRecords(Path f, Configuration conf, Map<String, List<Record>> byDoc)
            throws IOException, RecordFormatException {
        List<RecordFormatException> bad = new ArrayList<>();
        read(f, conf, g -> {
            try {
                Record r = record(g);
                byDoc.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
            } catch (RecordFormatException e) {
                bad.add(e);
            }
        });
        if (!bad.isEmpty()) {
            throw new RecordFormatException(f + ": not a SiMine records table: " + bad.get(0).getMessage());
        }
    }
}
