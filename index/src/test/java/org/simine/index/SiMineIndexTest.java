package org.simine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.ingest.PaperWriter;
import org.simine.model.RateUnit;

class SiMineIndexTest {
    @Test
    void openCreatesAnEmptyIndexThatExistsAfterwards(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("a/b/index");
        assertFalse(SiMineIndex.exists(dir));
        try (SiMineIndex index = SiMineIndex.open(dir)) {
            assertEquals(0, index.count(""));
            assertEquals(0, index.stats(5).papers());
        }
        assertTrue(SiMineIndex.exists(dir));
    }

    @Test
    void oneWriterAtATimeWhileSearchesGoOnAndSeeOnlyCommits(@TempDir Path dir) throws Exception {
        try (SiMineIndex index = SiMineIndex.open(dir); PaperWriter writer = index.writer()) {
            assertThrows(LockObtainFailedException.class, index::writer);
            writer.put(TestRecords.paper("d", null, List.of("text"),
                    List.of(TestRecords.retention("d", "Si", 50, 1, RateUnit.C))), "/d", "h", Instant.EPOCH, null);
            assertEquals(0, index.count(""), "nothing is visible before the commit");
            writer.commit();
            assertEquals(1, index.count(""));
        }
    }

    @Test
    void aFolderWithAnotherIndexLayoutIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        try (var directory = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.commit();
        }
        IndexSchemaException e = assertThrows(IndexSchemaException.class, () -> SiMineIndex.open(dir));
        assertTrue(e.getMessage().contains("written by another SiMine version"), e.getMessage());
    }
}
