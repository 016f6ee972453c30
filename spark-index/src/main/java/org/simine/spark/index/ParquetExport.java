package org.simine.spark.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.simine.index.SiMineIndex;
import org.simine.index.query.QuerySyntaxException;
import org.simine.model.io.RecordFormat;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;
import org.simine.spark.ParquetTables;

/**
 * {@code export --format parquet}: the records a query matches, in the order {@code export} writes them (paper and
 * reading order), as one Parquet file. The index streams its JSON Lines export page by page into the Parquet
 * writer, so no export holds the dataset in memory.
 */
final class ParquetExport {
    private ParquetExport() {
    }

    /** @return the number of records written to {@code file} (replaced when it exists) */
    static long export(SiMineIndex index, String query, Path file) throws IOException, QuerySyntaxException {
        try (ParquetTables.RecordWriter writer = new ParquetTables.RecordWriter(
                new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()), new Configuration())) {
            index.export(query, RecordFormat.JSONL, new JsonLines(writer));
            return writer.written();
        }
    }

    /** JSON Lines as the index exports them, one record per line, handed on to a Parquet writer. */
    private static final class JsonLines implements Appendable {
        private final ParquetTables.RecordWriter writer;
        private final StringBuilder line = new StringBuilder();

        JsonLines(ParquetTables.RecordWriter writer) {
            this.writer = writer;
        }

        @Override
        public Appendable append(CharSequence csq) throws IOException {
            return append(csq, 0, csq.length());
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            for (int i = start; i < end; i++) {
                append(csq.charAt(i));
            }
            return this;
        }

        @Override
        public Appendable append(char c) throws IOException {
            if (c != '\n') {
                line.append(c);
            } else if (!line.isEmpty()) {
                try {
                    writer.write(RecordJson.fromJson(line.toString()));
                } catch (RecordFormatException e) {
                    throw new IOException("the index exported a record it cannot read back: " + e.getMessage(), e);
                }
                line.setLength(0);
            }
            return this;
        }
    }

}
