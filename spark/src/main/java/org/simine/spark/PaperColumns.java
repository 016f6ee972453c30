package org.simine.spark;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;

/**
 * The papers table: one row per paper kept, with what the index stores of a paper besides its records (identity,
 * file and hash, format) and the text its passages are cut from: page texts, or publisher markup's paragraphs. Lists
 * in Parquet's three-level form, as Spark writes them, so Spark, DuckDB and pandas read them as lists of structs.
 */
final class PaperColumns {
    /** The table's Parquet schema, in Parquet's schema language ({@link ParquetParts} parses it per task). */
    static final String SCHEMA = """
            message spark_schema {
              required binary doc (STRING);
              required binary file (STRING);
              required binary file_hash (STRING);
              required int64 bytes;
              optional binary doi (STRING);
              optional binary title (STRING);
              required int32 page_count;
              optional binary format (STRING);
              required int32 rank;
              required int32 records;
              required int64 extract_ms;
              required group pages (LIST) {
                repeated group list {
                  required group element {
                    optional int32 number;
                    required binary text (STRING);
                  }
                }
              }
              required group paragraphs (LIST) {
                repeated group list {
                  required group element {
                    optional binary section (STRING);
                    required binary text (STRING);
                  }
                }
              }
            }
            """;

    private PaperColumns() {
    }

    static Group row(SimpleGroupFactory groups, FileResult r) {
        Group g = groups.newGroup();
        g.add("doc", r.doc());
        g.add("file", r.file());
        g.add("file_hash", r.fileHash());
        g.add("bytes", r.bytes());
        if (r.doi() != null) {
            g.add("doi", r.doi());
        }
        if (r.title() != null) {
            g.add("title", r.title());
        }
        g.add("page_count", r.pageCount());
        if (r.format() != null) {
            g.add("format", r.format());
        }
        g.add("rank", r.rank());
        g.add("records", r.records().size());
        g.add("extract_ms", r.extractNanos() / 1_000_000);
        Group pages = g.addGroup("pages");
        for (FileResult.PageRow p : r.pages()) {
            Group e = pages.addGroup("list").addGroup("element");
            if (p.number() != null) {
                e.add("number", p.number());
            }
            e.add("text", p.text());
        }
        Group paragraphs = g.addGroup("paragraphs");
        for (FileResult.ParagraphRow p : r.paragraphs()) {
            Group e = paragraphs.addGroup("list").addGroup("element");
            if (p.section() != null) {
                e.add("section", p.section());
            }
            e.add("text", p.text());
        }
        return g;
    }
}
