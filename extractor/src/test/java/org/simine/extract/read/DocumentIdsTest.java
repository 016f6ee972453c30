package org.simine.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIdsTest {
    @Test
    void doiIsTrimmedAndLowerCased() {
        List<Page> pages = List.of(new Page(1, "Received 2024\nDOI: 10.1039/D4EE05595K.\nrsc.li/ees"));
        assertEquals(Optional.of("10.1039/d4ee05595k"), DocumentIds.findDoi(pages, true));
    }

    @Test
    void labelledDoiWinsOverCitedOne() {
        List<Page> pages = List.of(new Page(1, "see 10.1000/cited), and https://doi.org/10.1002/SMTD.202200430;"));
        assertEquals(Optional.of("10.1002/smtd.202200430"), DocumentIds.findDoi(pages, true));
    }

    @Test
    void onlyTheFirstTwoPagesCount() {
        List<Page> pages = List.of(new Page(1, "title"), new Page(2, "abstract"), new Page(3, "DOI: 10.1234/later"));
        assertEquals(Optional.empty(), DocumentIds.findDoi(pages, true));
    }

    @Test
    void hashIsOfTheFileBytes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "abc", StandardCharsets.UTF_8);
        // SHA-256("abc"), a published test vector.
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentIds.sha256(file));
        assertEquals(DocumentIds.sha256(file), DocumentIds.sha256("abc".getBytes(StandardCharsets.UTF_8)));
        assertTrue(DocumentIds.sha256(file).startsWith("sha256:"));
    }
}
