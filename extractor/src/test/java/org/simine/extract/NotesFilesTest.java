package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which text files of a folder are notes rather than papers (issue 13), and that leaving them out is never silent. */
class NotesFilesTest {
    static final String PAPER = "Si nanowires retain 84% of their capacity after 100 cycles at 1 A g-1.\n";

    @Test
    void notesAreToldByName(@TempDir Path dir) throws Exception {
        NotesFiles rule = new NotesFiles();
        for (String name : List.of("README.md", "readme.txt", "MANIFEST.md", "Notes.txt", "NOTES-2025.md",
                "notes_papers.txt", "LICENSE.md", "readme.first.txt", "SOURCE.md")) {
            Path f = Files.writeString(dir.resolve(name), PAPER);
            Optional<String> why = rule.whyNotes(f);
            assertTrue(why.isPresent(), name);
            assertTrue(why.get().startsWith("a notes file, not a paper (its name is "), why.get());
        }
        // A user's paper text is read whatever it is called, unless the name is a notes name.
        for (String name : List.of("paper.txt", "notebook.txt", "my-notes.txt", "readmore.md", "sources2.txt",
                "smith2020-silicon.md")) {
            assertEquals(Optional.empty(), rule.whyNotes(Files.writeString(dir.resolve(name), PAPER)), name);
        }
        // Other formats are never notes by name: a README.pdf is a PDF and goes to the extractor.
        assertEquals(Optional.empty(), rule.whyNotes(Files.writeString(dir.resolve("README.pdf"), "%PDF-1.4")));
    }

    @Test
    void notesAreToldByNamingTheFilesBesideThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a_paper.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("b paper.pdf"), "%PDF-1.4");
        Path table = Files.writeString(dir.resolve("papers.md"), "| file | pages | DOI |\n|---|---|---|\n"
                + "| a_paper.pdf | 5 | 10.1021/am404082h |\n");
        assertEquals(Optional.of("a notes file, not a paper (it names 1 other file of its folder, e.g. a_paper.pdf)"),
                new NotesFiles().whyNotes(table));
        Path list = Files.writeString(dir.resolve("list.txt"), "see `A_PAPER.PDF`, (a_paper.pdf).\n");
        assertTrue(new NotesFiles().whyNotes(list).isPresent(), "any case, in quotes or brackets, before a stop");
        // A paper that names a file not in its folder, or itself, stays a paper.
        Path paper = Files.writeString(dir.resolve("paper.txt"), PAPER + "Data: supplementary.pdf; this file: "
                + "paper.txt. Cf. a_paper.pdfx and xa_paper.pdf\n");
        assertEquals(Optional.empty(), new NotesFiles().whyNotes(paper));
        // Bytes that are not UTF-8 are the extractor's to report; here they only name nothing.
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', '1'});
        assertEquals(Optional.empty(), new NotesFiles().whyNotes(latin1));
    }
}
