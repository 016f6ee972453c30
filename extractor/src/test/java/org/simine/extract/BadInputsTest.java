package org.simine.extract;

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
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.model.Property;
import org.simine.model.Record;

/** Every bad file gives an {@link InputException} with the right problem, and nothing else escapes. */
class BadInputsTest {
    private static final String SENTENCE = "The Si@C anode shows an ICE of 86.9% in this test.";

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
    void zeroBytePdf() throws IOException {
        expect(InputProblem.EMPTY, Files.write(dir.resolve("empty.pdf"), new byte[0]));
    }

    @Test
    void truncatedPdf() throws IOException {
        Path review = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(review != null, "review PDF not found under simine.root/corpus or simine.shared/corpus");
        byte[] head = Arrays.copyOf(Files.readAllBytes(review), 1000);
        InputException e = expect(InputProblem.CORRUPT_PDF, Files.write(dir.resolve("truncated.pdf"), head));
        assertTrue(e.getMessage().contains("not a readable PDF (truncated or corrupt: "), e.getMessage());
    }

    @Test
    void randomBytesBehindPdfHeader() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(42).nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        expect(InputProblem.CORRUPT_PDF, Files.write(dir.resolve("random.pdf"), bytes));
    }

    @Test
    void unsupportedType() throws IOException {
        Path docx = Files.write(dir.resolve("a.docx"), new byte[] {'P', 'K', 3, 4});
        InputException e = expect(InputProblem.UNSUPPORTED_TYPE, docx);
        assertEquals(docx + ": unsupported file type .docx (SiMine reads .pdf, .txt, .md, .xml, .nxml, .html, .htm, .xhtml)", e.getMessage());
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        byte[] latin1 = "Coulombic efficiency in caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = expect(InputProblem.BAD_ENCODING, Files.write(dir.resolve("latin1.txt"), latin1));
        assertTrue(e.getMessage().contains("at byte 27"), e.getMessage());
    }

    @Test
    void whiteSpaceOnlyText() throws IOException {
        expect(InputProblem.EMPTY, Files.writeString(dir.resolve("blank.md"), " \n\t\n"));
    }

    @Test
    void pdfWithUserPassword() throws IOException {
        Path pdf = dir.resolve("locked.pdf");
        writePdf(pdf, SENTENCE, "user-secret");
        expect(InputProblem.ENCRYPTED, pdf);
    }

    @Test
    void pdfWithoutText() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        InputException e = expect(InputProblem.NO_TEXT_LAYER, pdf);
        assertTrue(e.getMessage().contains("2 pages without extractable text"), e.getMessage());
    }

    /** An owner password alone does not stop reading: the control for {@link #pdfWithUserPassword()}. */
    @Test
    void pdfWithOwnerPasswordOnlyIsRead() throws IOException, InputException {
        Path pdf = dir.resolve("owner-only.pdf");
        writePdf(pdf, SENTENCE, "");
        ExtractionResult result = TestInputs.extractor().extract(pdf);
        assertEquals(1, result.pages());
        assertTrue(result.docId().startsWith("sha256:"), result.docId());
        Record ice = result.records().stream().filter(r -> r.property() == Property.INITIAL_COULOMBIC_EFFICIENCY)
                .findFirst().orElseThrow(() -> new AssertionError("no ICE record in " + result.records()));
        assertEquals(86.9, ice.value(), 1e-9);
        assertEquals("Si@C", ice.material());
        assertEquals(1, ice.source().page());
    }

    private static InputException expect(InputProblem problem, Path file) {
        InputException e = assertThrows(InputException.class, () -> TestInputs.extractor().extract(file));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e;
    }

    /** One page with one line of text; protected when {@code userPassword} is not empty. */
    private static void writePdf(Path file, String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }
}
