package org.simine.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one input file gave on an executor: either a read paper (identity, page texts or markup paragraphs for the
 * index's passages, records as {@link RecordColumns} values) or a failure (error code and message). Plain Java
 * serialisation, so Spark can cache and move it without knowing SiMine's classes.
 *
 * @param order       the file's place in the input list (ties between two files of one paper go to the first)
 * @param file        the file as listed: a local path, or a URI (hdfs://, s3a://, ...)
 * @param errorCode   {@code InputProblem} name, null when read
 * @param message     "file: problem" as the command line prints it, null when read
 * @param records     typed values of each record, in reading order
 * @param extractNanos time spent in the extractor for this file
 */
record FileResult(long order, String file, String errorCode, String message, String doc, String doi, String title,
                  int pageCount, String format, int rank, String fileHash, long bytes, List<PageRow> pages,
                  List<ParagraphRow> paragraphs, List<Object[]> records, long extractNanos) implements Serializable {

    record PageRow(Integer number, String text) implements Serializable {
    }

    record ParagraphRow(String section, String text) implements Serializable {
    }

    static FileResult failed(long order, String file, String errorCode, String message) {
        return new FileResult(order, file, errorCode, message, null, null, null, 0, null, 0, null, 0, List.of(),
                List.of(), List.of(), 0);
    }

    boolean ok() {
        return errorCode == null;
    }
}
