package org.simine.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleOutputFormat;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupWriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Writes the job's tables with Parquet's own writer: each partition of an RDD becomes one snappy part file
 * ({@code part-r-NNNNN.snappy.parquet}) through Hadoop's output committer (task attempts commit or are discarded, a
 * {@code _SUCCESS} marker at the end, an existing folder refused), as Spark SQL's writer does, but without a
 * DataFrame: Spark SQL's planning and generated code, compiled cold in every run, cost seconds per output for tables
 * this simple. Small tables built on the driver (the failures) are written from there.
 */
final class ParquetParts {
    private ParquetParts() {
    }

    /** Builds a table row from an element, with the table's group factory (made once per task). */
    interface RowBuilder<T> extends Serializable {
        Group row(SimpleGroupFactory groups, T element);
    }

    /** Writes {@code rdd}, one part file per partition in partition order, under {@code dir} (which must not exist). */
    static <T> void write(JavaRDD<T> rdd, String schema, RowBuilder<T> builder, String dir, Configuration base) {
        Configuration conf = new Configuration(base);
        GroupWriteSupport.setSchema(MessageTypeParser.parseMessageType(schema), conf);
        conf.set(ParquetOutputFormat.COMPRESSION, CompressionCodecName.SNAPPY.name());
        conf.set(ParquetOutputFormat.JOB_SUMMARY_LEVEL, "NONE");   // no _metadata files, as Spark SQL writes none
        rdd.mapPartitionsToPair(elements -> {
            SimpleGroupFactory groups = new SimpleGroupFactory(MessageTypeParser.parseMessageType(schema));
            return new Iterator<Tuple2<Void, Group>>() {
                @Override
                public boolean hasNext() {
                    return elements.hasNext();
                }

                @Override
                public Tuple2<Void, Group> next() {
                    return new Tuple2<>(null, builder.row(groups, elements.next()));
                }
            };
        }).saveAsNewAPIHadoopFile(dir, Void.class, Group.class, ExampleOutputFormat.class, conf);
    }

    /** Writes rows built on the driver as one part file under {@code dir} (which must not exist), then the marker. */
    static <T> void writeOnDriver(List<T> elements, String schema, RowBuilder<T> builder, String dir,
                                  Configuration conf) throws IOException {
        Path folder = new Path(InputListing.toUri(dir));
        FileSystem fs = folder.getFileSystem(conf);
        if (fs.exists(folder)) {
            throw new IOException(dir + " exists");
        }
        MessageType type = MessageTypeParser.parseMessageType(schema);
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new Path(folder, "part-00000.snappy.parquet"))
                .withConf(conf).withType(type).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
            for (T e : elements) {
                writer.write(builder.row(groups, e));
            }
        }
        fs.create(new Path(folder, "_SUCCESS")).close();
    }
}
