package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.extract.InputException;
import org.simine.extract.InputProblem;
import org.simine.extract.TestInputs;

/** Bad files give the typed {@link InputException} that the rest of SiMine gives, and nothing else. */
class TableExtractorBadInputsTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        expect(InputProblem.NOT_FOUND, dir.resolve("nowhere.pdf"));
    }

    @Test
    void directory() throws IOException {
        expect(InputProblem.NOT_A_FILE, Files.createDirectory(dir.resolve("folder.pdf")));
    }

    @Test
    void zeroBytes() throws IOException {
        expect(InputProblem.EMPTY, Files.write(dir.resolve("empty.pdf"), new byte[0]));
    }

    @Test
    void randomBytesAndTruncation() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        expect(InputProblem.CORRUPT_PDF, Files.write(dir.resolve("random.pdf"), bytes));
        Path review = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(review != null, "review PDF absent");
        byte[] head = Arrays.copyOf(Files.readAllBytes(review), 1000);
        expect(InputProblem.CORRUPT_PDF, Files.write(dir.resolve("truncated.pdf"), head));
    }

    @Test
    void passwordProtected() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        expect(InputProblem.ENCRYPTED, file);
    }

    @Test
    void pdfWithoutTablesGivesNoTables() throws IOException, InputException {
        Path file = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        assertTrue(new TableExtractor().extract(file).isEmpty());
    }

    private static void expect(InputProblem problem, Path file) {
        InputException e = assertThrows(InputException.class, () -> new TableExtractor().extract(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }
}
