package org.simine.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The papers table: one row per paper kept, with what the index stores of a paper besides its records (identity,
 * file and hash, format) and the text its passages are cut from: page texts, or publisher markup's paragraphs.
 */
final class PaperColumns {
    static final StructType PAGE = DataTypes.createStructType(new StructField[]{
            DataTypes.createStructField("number", DataTypes.IntegerType, true),
            DataTypes.createStructField("text", DataTypes.StringType, false)});
    static final StructType PARAGRAPH = DataTypes.createStructType(new StructField[]{
            DataTypes.createStructField("section", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, false)});
    static final StructType SCHEMA = DataTypes.createStructType(new StructField[]{
            DataTypes.createStructField("doc", DataTypes.StringType, false),
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("file_hash", DataTypes.StringType, false),
            DataTypes.createStructField("bytes", DataTypes.LongType, false),
            DataTypes.createStructField("doi", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("page_count", DataTypes.IntegerType, false),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("rank", DataTypes.IntegerType, false),
            DataTypes.createStructField("records", DataTypes.IntegerType, false),
            DataTypes.createStructField("extract_ms", DataTypes.LongType, false),
            DataTypes.createStructField("pages", DataTypes.createArrayType(PAGE, false), false),
            DataTypes.createStructField("paragraphs", DataTypes.createArrayType(PARAGRAPH, false), false)});

    private PaperColumns() {
    }

    static Row row(FileResult r) {
        List<Row> pages = r.pages().stream().map(p -> RowFactory.create(p.number(), p.text())).toList();
        List<Row> paragraphs = r.paragraphs().stream().map(p -> RowFactory.create(p.section(), p.text())).toList();
        // Spark's row encoder takes arrays as Scala sequences.
        return RowFactory.create(r.doc(), r.file(), r.fileHash(), r.bytes(), r.doi(), r.title(), r.pageCount(),
                r.format(), r.rank(), r.records().size(), r.extractNanos() / 1_000_000,
                CollectionConverters.asScala(pages).toList(), CollectionConverters.asScala(paragraphs).toList());
    }
}
