package org.simine.spark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.ExtractionLimits;
import org.simine.model.io.FileHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs on a file system other than the local one (HDFS, S3 in production): listed through Hadoop, copied to the
 * executor under their own name, extracted, named in the output as listed. A local folder served under another
 * scheme ({@code remote:}) stands in for the remote store; no Spark session is needed.
 */
class RemoteInputTest {
    /** The local file system under the scheme {@code remote:}, so Hadoop treats it as any non-local store. */
    public static final class RemoteFs extends RawLocalFileSystem {
        @Override
        public URI getUri() {
            return URI.create("remote:///");
        }

        @Override
        public String getScheme() {
            return "remote";
        }

        /** Plain statuses: the local ones look up permissions through java.io.File, which wants file: URIs. */
        @Override
        public FileStatus[] listStatus(org.apache.hadoop.fs.Path dir) throws java.io.IOException {
            FileStatus[] local = super.listStatus(dir);
            FileStatus[] out = new FileStatus[local.length];
            for (int i = 0; i < local.length; i++) {
                FileStatus s = local[i];
                out[i] = new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(),
                        s.getPath());
            }
            return out;
        }
    }

    private static Configuration conf() {
        Configuration conf = new Configuration();
        conf.set("fs.remote.impl", RemoteFs.class.getName());
        conf.setBoolean("fs.remote.impl.disable.cache", true);
        return conf;
    }

    @Test
    void aRemoteFolderIsListedInPathOrderAndEachFileReadFromItsCopy(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "Silicon anodes.\nThe P-doped Si showed an R_ct of 25 Ohm.\n");
        Files.writeString(dir.resolve("a.txt"), "Silicon anodes.\nThe bare Si showed an R_ct of 120 Ohm.\n");
        Files.writeString(dir.resolve("notes.docx"), "not a paper");
        String folder = "remote://" + dir.toAbsolutePath();

        InputListing listing = InputListing.of(List.of(folder, "remote:///no/such/place"), conf());
        assertEquals(List.of(folder + "/a.txt", folder + "/b/2.txt"), listing.files());
        assertEquals(1, listing.failures().size());
        assertEquals("NOT_FOUND", listing.failures().get(0).errorCode());

        FileResult read = new FileExtraction(ExtractionLimits.defaults()).extract(0, listing.files().get(0), conf());
        assertNull(read.errorCode(), read.message());
        assertEquals(folder + "/a.txt", read.file());
        assertEquals(FileHash.sha256(dir.resolve("a.txt")), read.fileHash());
        assertTrue(read.records().size() >= 1, "records " + read.records().size());
    }

    @Test
    void aRemoteFileThatFailsIsNamedAsListedNotAsItsCopy(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog".getBytes());
        String file = "remote://" + dir.toAbsolutePath() + "/broken.pdf";
        FileResult failed = new FileExtraction(ExtractionLimits.defaults()).extract(3, file, conf());
        assertEquals("CORRUPT_PDF", failed.errorCode());
        assertTrue(failed.message().startsWith(file + ": "), failed.message());
        assertEquals(3, failed.order());
    }

    @Test
    void aLocalFolderKeepsTheNameItWasGivenBy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("z.md"), "text");
        Files.writeString(dir.resolve("y.txt"), "text");
        InputListing listing = InputListing.of(List.of(dir.toString()), new Configuration());
        assertEquals(List.of(dir.resolve("y.txt").toString(), dir.resolve("z.md").toString()), listing.files());
    }

    @Test
    void notesFilesOfAFolderAreLeftOutAsTheCommandLineLeavesThemOut(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("papers"));
        Files.writeString(dir.resolve("papers/si-rct.txt"), "Silicon anodes.\nThe Si showed an R_ct of 120 Ohm.\n");
        Files.writeString(dir.resolve("papers/README.md"), "Papers for the group meeting.\n");
        Files.writeString(dir.resolve("papers/list.md"), "| file | topic |\n|---|---|\n| si-rct.txt | EIS |\n");
        Files.createDirectories(dir.resolve("only-notes"));
        Files.writeString(dir.resolve("only-notes/MANIFEST.txt"), "nothing here yet\n");
        String folder = "remote://" + dir.toAbsolutePath() + "/papers";

        InputListing listing = InputListing.of(List.of(folder, dir.resolve("only-notes").toString()), conf());
        assertEquals(List.of(folder + "/si-rct.txt"), listing.files());
        assertEquals(3, listing.notes().size(), listing.notes().toString());
        assertTrue(listing.notes().get(0).startsWith(folder + "/README.md: a notes file, not a paper (its name is "
                + "README)"), listing.notes().get(0));
        assertTrue(listing.notes().get(1).startsWith(folder + "/list.md: a notes file, not a paper (it names 1 "
                + "other file of its folder, e.g. si-rct.txt)"), listing.notes().get(1));
        assertTrue(listing.notes().get(2).startsWith(dir.resolve("only-notes/MANIFEST.txt") + ": a notes file"),
                listing.notes().get(2));
        assertEquals(1, listing.failures().size());
        assertTrue(listing.failures().get(0).message().endsWith("only-notes: directory has no papers, only notes "
                + "files"), listing.failures().get(0).message());

        // Named on its own, a notes file is read as a paper (the command line's rule).
        String readme = folder + "/README.md";
        assertEquals(List.of(readme), InputListing.of(List.of(readme), conf()).files());
    }
}
