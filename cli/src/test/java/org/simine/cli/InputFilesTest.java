package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's folder walk with the extractor's notes rule ({@link org.simine.extract.NotesFiles}). */
class InputFilesTest {
    static final String PAPER = "Si nanowires retain 84% of their capacity after 100 cycles at 1 A g-1.\n";

    @Test
    void aFolderWalkLeavesNotesOutVisiblyAndAFileNamedOnTheCommandLineIsRead(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.4");
        Path manifest = Files.writeString(dir.resolve("MANIFEST.md"), "| x.pdf | 10.1021/am404082h |\n");
        Path own = Files.writeString(dir.resolve("own-paper.txt"), PAPER);
        InputFiles walked = InputFiles.resolve(List.of(dir));
        assertEquals(List.of(manifest), walked.notes().stream().map(InputFiles.NotesFile::file).toList());
        assertEquals(List.of(own, pdf), walked.files());
        assertEquals(List.of(), walked.problems());
        assertEquals(manifest + ": a notes file, not a paper (its name is MANIFEST); name it on the command line to "
                + "read it as a paper", walked.notes().get(0).describe());

        InputFiles named = InputFiles.resolve(List.of(manifest));
        assertEquals(List.of(manifest), named.files());
        assertEquals(List.of(), named.notes());

        Path onlyNotes = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(onlyNotes.resolve("README.md"), "# About\n");
        InputFiles empty = InputFiles.resolve(List.of(onlyNotes));
        assertEquals(List.of(onlyNotes + ": directory has no papers, only notes files"), empty.problems());
    }
}
