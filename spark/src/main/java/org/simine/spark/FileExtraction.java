package org.simine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.InputProblem;
import org.simine.extract.SiMineExtractor;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.model.io.FileHash;
import org.simine.model.Record;

/**
 * Extracts one listed file on an executor into a {@link FileResult}. Local files are read where they are; a file on
 * another file system (HDFS, S3, ...) is copied to the executor's temporary folder under its own name first (the
 * readers tell formats by extension and content) and deleted after. The extractor and its limits (timeout, page
 * cap) are the command line's: {@link SiMineExtractor#extract(Path, ExtractionLimits)}. No exception leaves: a file
 * that cannot be read becomes a failure row, so one hostile file costs its own time and nothing else.
 */
final class FileExtraction implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long timeoutMillis;
    private final int maxPages;

    FileExtraction(ExtractionLimits limits) {
        this.timeoutMillis = limits.timeout().toMillis();
        this.maxPages = limits.maxPages();
    }

    FileResult extract(long order, String file, Configuration hadoop) {
        ExtractionLimits limits = new ExtractionLimits(java.time.Duration.ofMillis(timeoutMillis), maxPages);
        Path local = null;
        boolean copied = false;
        try {
            URI uri = InputListing.toUri(file);
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                local = uri.getScheme() == null ? Paths.get(file) : Paths.get(uri);
            } else {
                local = copyToLocal(uri, hadoop);
                copied = true;
            }
            long bytes = Files.size(local);
            String hash = FileHash.sha256(local);
            long start = System.nanoTime();
            ExtractionResult result = SharedExtractor.get().extract(local, limits);
            return toResult(order, file, result, hash, bytes, System.nanoTime() - start);
        } catch (InputException e) {
            return FileResult.failed(order, file, e.problem().name(), copied ? renamed(e.getMessage(), local, file)
                    : e.getMessage());
        } catch (IOException | RuntimeException e) {
            return FileResult.failed(order, file, InputProblem.UNREADABLE.name(),
                    file + ": " + InputProblem.UNREADABLE.description() + " (" + e + ")");
        } finally {
            if (copied && local != null) {
                deleteQuietly(local);
            }
        }
    }

    private static FileResult toResult(long order, String file, ExtractionResult result, String hash, long bytes,
                                       long nanos) {
        Document document = result.document();
        List<FileResult.PageRow> pages = new ArrayList<>();
        List<FileResult.ParagraphRow> paragraphs = new ArrayList<>();
        String doi = null;
        String format = null;
        int rank = 0;
        if (document != null) {
            for (Page p : document.pages()) {
                pages.add(new FileResult.PageRow(document.paginated() ? p.number() : null, p.text()));
            }
            if (document.format().markup()) {
                for (Block b : document.pages().get(0).blocks()) {
                    paragraphs.add(new FileResult.ParagraphRow(b.section(), b.text()));
                }
            }
            doi = document.doi();
            format = document.format().id();
            rank = document.format().rank();
        }
        List<Object[]> records = new ArrayList<>(result.records().size());
        for (Record r : result.records()) {
            records.add(RecordColumns.values(r));
        }
        return new FileResult(order, file, null, null, result.docId(), doi, result.title(), result.pages(), format,
                rank, hash, bytes, pages, paragraphs, records, nanos);
    }

    /** The copy keeps the file's name in a folder of its own, so two files of one name never meet. */
    private static Path copyToLocal(URI uri, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(hadoop);
        Path dir = Files.createTempDirectory("simine-input-");
        Path local = dir.resolve(remote.getName());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local);
        }
        return local;
    }

    /** Messages name the file as listed, not the executor's temporary copy. */
    private static String renamed(String message, Path local, String file) {
        return message.startsWith(local.toString()) ? file + message.substring(local.toString().length()) : message;
    }

    private static void deleteQuietly(Path local) {
        try {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        } catch (IOException ignored) {
            // a temporary file left behind is the executor's temp cleaner's to remove
        }
    }
}
