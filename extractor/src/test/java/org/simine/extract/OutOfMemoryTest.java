package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose extraction exhausts the heap is one failed file, not a dead run: the error is thrown on the
 * extraction's own thread and reaches the caller as OUT_OF_MEMORY. (An operand flood of 50M numbers does this for
 * real under -Xmx256m; here a table layer throws the error, so the test needs no big heap.)
 */
class OutOfMemoryTest {
    @Test
    void runningOutOfHeapIsATypedInputError(@TempDir Path dir) throws Exception {
        Path paper = Files.writeString(dir.resolve("paper.txt"), "The Si@C anode shows an ICE of 86.9%.");
        SiMineExtractor extractor = SiMineExtractor.create(document -> {
            throw new OutOfMemoryError("Java heap space");
        });
        InputException e = assertThrows(InputException.class, () -> extractor.extract(paper));
        assertEquals(InputProblem.OUT_OF_MEMORY, e.problem());
        assertTrue(e.getMessage().startsWith(paper + ": too large for the memory available (the Java heap of "),
                e.getMessage());
    }
}
