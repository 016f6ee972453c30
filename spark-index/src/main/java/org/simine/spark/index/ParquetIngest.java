package org.simine.spark.index;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.simine.index.SiMineIndex;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.PaperWriter;
import org.simine.model.Record;
import org.simine.model.io.RecordFormatException;
import org.simine.spark.InputListing;
import org.simine.spark.ParquetTables;

/**
 * Puts a Spark job's output into the index: each paper with its passages (from the papers table's page texts or
 * markup paragraphs) and its records, as {@code ingest} would have written it from the files. The job writes both
 * tables from the same partitions, so part N of {@code papers/} holds the papers of part N of {@code records/};
 * one partition at a time is held in memory. Records without a papers row (a records table alone) still go in,
 * as papers without passages.
 */
final class ParquetIngest {
    /** Spark SQL names parts part-00000-..., Hadoop's output format part-r-00000...: both numbered by partition. */
    private static final Pattern PART = Pattern.compile("part-(?:[rm]-)?(\\d+)");

    /** What went in. */
    record Counts(int papers, long records, long passagesFromPages, int files) {
    }

    private final Configuration conf;
    private final Clock clock;

    ParquetIngest(Configuration conf, Clock clock) {
        this.conf = conf;
        this.clock = clock;
    }

    Counts ingest(List<String> args, SiMineIndex index) throws IOException, RecordFormatException {
        List<Path> files = ParquetTables.expand(args, conf);
        // partition number -> (papers files, records files); files without a part number stand alone
        Map<String, List<Path>[]> groups = new TreeMap<>();
        int tables = 0;
        for (Path f : files) {
            MessageType schema = ParquetTables.schemaOf(f, conf);
            int kind = ParquetTables.isPapers(schema) ? 0 : ParquetTables.isRecords(schema) ? 1 : -1;
            if (kind < 0) {
                continue;   // the failure table, or something else: nothing to index
            }
            tables++;
            Matcher m = PART.matcher(f.getName());
            String key = m.find() ? String.format("%012d", Long.parseLong(m.group(1))) : f.toString();
            @SuppressWarnings("unchecked")
            List<Path>[] pair = groups.computeIfAbsent(key, k -> new List[]{new ArrayList<>(), new ArrayList<>()});
            pair[kind].add(f);
        }
        if (tables == 0) {
            throw new IOException(String.join(", ", args) + ": no SiMine records or papers table (Parquet) here");
        }
        int papers = 0;
        long records = 0;
        long pages = 0;
        try (PaperWriter writer = index.writer()) {
            for (List<Path>[] pair : groups.values()) {
                Map<String, Group> paperRows = new LinkedHashMap<>();
                for (Path f : pair[0]) {
                    ParquetTables.read(f, conf, g -> paperRows.put(ParquetTables.string(g, "doc"), g));
                }
                Map<String, List<Record>> byDoc = new LinkedHashMap<>();
                for (Path f : pair[1]) {
                    ParquetTables.readRecords(f, conf, byDoc);
                }
                for (Map.Entry<String, Group> e : paperRows.entrySet()) {
                    List<Record> rs = byDoc.getOrDefault(e.getKey(), List.of());
                    ExtractedPaper paper = paper(e.getValue(), rs);
                    writer.put(paper, localPath(ParquetTables.string(e.getValue(), "file")),
                            ParquetTables.string(e.getValue(), "file_hash"), clock.instant(), null);
                    papers++;
                    records += rs.size();
                    pages += paper.pages().size();
                }
                for (Map.Entry<String, List<Record>> e : byDoc.entrySet()) {
                    if (!paperRows.containsKey(e.getKey())) {
                        // no file is known: the records table stands for it, its "hash" is the document id
                        writer.put(new ExtractedPaper(e.getKey(), null, null, 0, List.of(), e.getValue()),
                                pair[1].get(0).toString(), "records:" + e.getKey(), clock.instant(), null);
                        papers++;
                        records += e.getValue().size();
                    }
                }
            }
        }
        return new Counts(papers, records, pages, tables);
    }

    private static ExtractedPaper paper(Group g, List<Record> records) {
        List<PageText> pages = new ArrayList<>();
        for (Group p : ParquetTables.list(g, "pages")) {
            pages.add(new PageText(ParquetTables.integer(p, "number"), ParquetTables.string(p, "text")));
        }
        List<ExtractedPaper.Paragraph> paragraphs = new ArrayList<>();
        for (Group p : ParquetTables.list(g, "paragraphs")) {
            paragraphs.add(new ExtractedPaper.Paragraph(ParquetTables.string(p, "section"),
                    ParquetTables.string(p, "text")));
        }
        Integer count = ParquetTables.integer(g, "page_count");
        Integer rank = ParquetTables.integer(g, "rank");
        return new ExtractedPaper(ParquetTables.string(g, "doc"), ParquetTables.string(g, "doi"),
                ParquetTables.string(g, "title"), count == null ? 0 : count, pages, records,
                ParquetTables.string(g, "format"), rank == null ? 0 : rank, paragraphs);
    }

    /** Local files are named as {@code ingest} names them (absolute path); other file systems keep their URI. */
    private static String localPath(String file) {
        URI uri = InputListing.toUri(file);
        return "file".equals(uri.getScheme()) ? Paths.get(uri).toAbsolutePath().normalize().toString() : file;
    }
}
