package org.simine.extract.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputProblem;

/**
 * Generates hostile inputs for the extractor: broken, hostile or merely odd files of the kinds a literature
 * run meets. Generated, never downloaded, so the corpus is reproducible from a seed. Each {@link Fault}
 * names what a correct extractor must do with it.
 */
public final class FaultCorpus {
    /** What the extractor must do with a fault: give records (possibly none), or a typed input error. */
    public enum Expect { RECORDS, INPUT_ERROR, EITHER }

    /**
     * One hostile input: a file name, how to write it, and the expected outcome.
     *
     * @param problem the input problem a refusal must name, or null when any is right
     * @param limits  the limits to extract it within, or null for {@link ExtractionLimits#defaults()}
     */
    public record Fault(String name, Expect expect, InputProblem problem, ExtractionLimits limits, Writer writer) {
        public Fault(String name, Expect expect, Writer writer) {
            this(name, expect, null, null, writer);
        }

        /** This fault, which must be refused with {@code p}. */
        public Fault refusedAs(InputProblem p) {
            return new Fault(name, Expect.INPUT_ERROR, p, limits, writer);
        }

        /** This fault, extracted within {@code l} instead of the defaults. */
        public Fault within(ExtractionLimits l) {
            return new Fault(name, expect, problem, l, writer);
        }

        public ExtractionLimits limitsOrDefaults() {
            return limits == null ? ExtractionLimits.defaults() : limits;
        }

        public Path writeTo(Path dir) throws IOException {
            Path file = dir.resolve(name);
            writer.write(file);
            return file;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    static final String SENTENCE = "The Si@C anode shows an ICE of 86.9% and 67% capacity retention at a current "
            + "density of 2 A g-1.";

    private FaultCorpus() {
    }

    /** All faults; {@code review} is a real PDF to truncate (null skips those cases). */
    public static List<Fault> all(Path review) {
        List<Fault> faults = new ArrayList<>();
        faults.add(bytes("zero-byte.pdf", Expect.INPUT_ERROR, new byte[0]));
        faults.add(bytes("header-only.pdf", Expect.INPUT_ERROR, ascii("%PDF-1.7\n")));
        faults.add(bytes("header-and-eof.pdf", Expect.INPUT_ERROR, ascii("%PDF-1.7\n%%EOF\n")));
        for (int seed = 1; seed <= 5; seed++) {
            faults.add(bytes("random-" + seed + ".pdf", Expect.INPUT_ERROR, randomPdf(seed, 5_000 * seed)));
        }
        if (review != null) {
            for (int offset : new int[] {10, 100, 1_000, 10_000, 50_000, 100_000, 200_000, 400_000, 600_000}) {
                faults.add(new Fault("truncated-at-" + offset + ".pdf", Expect.EITHER,
                        f -> Files.write(f, Arrays.copyOf(Files.readAllBytes(review), offset))));
            }
            faults.add(new Fault("truncated-last-100.pdf", Expect.EITHER, f -> {
                byte[] all = Files.readAllBytes(review);
                Files.write(f, Arrays.copyOf(all, all.length - 100));
            }));
            faults.add(new Fault("review-with-txt-extension.txt", Expect.INPUT_ERROR,
                    f -> Files.copy(review, f)));
            faults.add(new Fault("review-upper-case-extension.PDF", Expect.RECORDS, f -> Files.copy(review, f)));
            faults.add(new Fault("bytes-flipped.pdf", Expect.EITHER, f -> Files.write(f,
                    flip(Files.readAllBytes(review), 7))));
        }
        faults.add(new Fault("plain.pdf", Expect.RECORDS, f -> pdf(f, List.of(SENTENCE), null, null)));
        faults.add(new Fault("user-password.pdf", Expect.INPUT_ERROR, f -> pdf(f, List.of(SENTENCE), "secret",
                AccessPermission::new)));
        faults.add(new Fault("owner-password-only.pdf", Expect.RECORDS, f -> pdf(f, List.of(SENTENCE), "",
                AccessPermission::new)));
        faults.add(new Fault("owner-password-no-extraction.pdf", Expect.EITHER, f -> pdf(f, List.of(SENTENCE), "",
                () -> {
                    AccessPermission p = new AccessPermission();
                    p.setCanExtractContent(false);
                    return p;
                })));
        faults.add(new Fault("image-only-pages.pdf", Expect.INPUT_ERROR, FaultCorpus::blankPages));
        faults.add(new Fault("zero-pages.pdf", Expect.INPUT_ERROR, f -> {
            try (PDDocument doc = new PDDocument()) {
                doc.save(f.toFile());
            }
        }));
        faults.add(new Fault("two-thousand-pages.pdf", Expect.EITHER, f -> pdf(f, repeat(SENTENCE, 2_000), null,
                null)));
        faults.add(new Fault("two-hundred-thousand-glyphs.pdf", Expect.EITHER, FaultCorpus::tinyGlyphs));
        faults.add(new Fault("deeply-nested-arrays.pdf", Expect.EITHER, FaultCorpus::deeplyNested));
        faults.add(new Fault("self-referencing-resources.pdf", Expect.EITHER, FaultCorpus::selfReferencing));
        faults.add(new Fault("broken-xref.pdf", Expect.EITHER, f -> Files.write(f, breakXref(simplePdfBytes()))));
        faults.add(new Fault("no-xref-no-trailer.pdf", Expect.EITHER, f -> Files.write(f,
                cutAtStartxref(simplePdfBytes(), "xref"))));
        faults.add(new Fault("garbage-content-stream.pdf", Expect.EITHER, FaultCorpus::garbageContent));
        faults.add(new Fault("huge-content-stream.pdf", Expect.EITHER, FaultCorpus::hugeContent));
        faults.add(new Fault("text-named-pdf.pdf", Expect.INPUT_ERROR, f -> Files.writeString(f, SENTENCE)));
        faults.add(bytes("png-named-pdf.pdf", Expect.INPUT_ERROR, pngHeader()));
        faults.add(new Fault("gzip-named-pdf.pdf", Expect.INPUT_ERROR, f -> Files.write(f, gzip(simplePdfBytes()))));
        faults.add(bytes("zip-named-docx.docx", Expect.INPUT_ERROR, new byte[] {'P', 'K', 3, 4, 0, 0}));
        faults.add(bytes("no-extension", Expect.INPUT_ERROR, ascii(SENTENCE)));
        faults.add(new Fault("paper.txt", Expect.RECORDS, f -> Files.writeString(f, SENTENCE)));
        faults.add(new Fault("paper.md", Expect.RECORDS, f -> Files.writeString(f, "# Results\n\n" + SENTENCE)));
        faults.add(bytes("latin1.txt", Expect.INPUT_ERROR, SENTENCE.replace("Si@C", "Si@C caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1)));
        faults.add(bytes("utf16-bom.txt", Expect.INPUT_ERROR, utf16(SENTENCE)));
        faults.add(bytes("utf8-bom.txt", Expect.RECORDS, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SENTENCE.getBytes(StandardCharsets.UTF_8))));
        faults.add(bytes("bom-only.txt", Expect.INPUT_ERROR, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        faults.add(bytes("nul-bytes.txt", Expect.EITHER, ascii("ICE of 86.9%\0\0\0 at\0 2C\0")));
        faults.add(bytes("empty.txt", Expect.INPUT_ERROR, new byte[0]));
        faults.add(new Fault("whitespace.md", Expect.INPUT_ERROR, f -> Files.writeString(f, " \n\t\r\n ")));
        faults.add(new Fault("huge-single-line.txt", Expect.EITHER, f -> Files.writeString(f,
                (SENTENCE.replace(".", "") + " and ").repeat(20_000))));
        faults.add(new Fault("many-short-lines.txt", Expect.RECORDS, f -> Files.writeString(f,
                (SENTENCE + "\n").repeat(20_000))));
        faults.add(new Fault("one-long-word.txt", Expect.EITHER, f -> Files.writeString(f, "Si".repeat(500_000))));
        faults.add(new Fault("numbers-only.txt", Expect.EITHER, f -> Files.writeString(f,
                "1.2 × 10−12 ".repeat(50_000))));
        faults.add(new Fault("unicode-name-\u00e9\u4e2d.txt", Expect.RECORDS, f -> Files.writeString(f, SENTENCE)));
        faults.add(new Fault("directory.pdf", Expect.INPUT_ERROR, Files::createDirectory));
        faults.add(new Fault("control-chars.md", Expect.EITHER, f -> Files.writeString(f,
                "\u0007\u001b[31m" + SENTENCE + "\u202e\u200b\ufeff")));
        faults.addAll(HostilePdfs.all());
        faults.addAll(HostileMarkup.all());
        faults.add(bytes("overlong-utf8.txt", Expect.INPUT_ERROR, concat(ascii("ICE of 86.9"),
                new byte[] {(byte) 0xC0, (byte) 0xA5})).refusedAs(InputProblem.BAD_ENCODING));
        return List.copyOf(faults);
    }

    static Fault bytes(String name, Expect expect, byte[] bytes) {
        return new Fault(name, expect, f -> Files.write(f, bytes));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] randomPdf(int seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = ascii("%PDF-1.4\n");
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] flip(byte[] in, int every) {
        byte[] out = in.clone();
        Random r = new Random(every);
        for (int i = 1024; i < out.length; i += 1 + r.nextInt(every * 1000)) {
            out[i] = (byte) ~out[i];
        }
        return out;
    }

    static List<String> repeat(String line, int pages) {
        List<String> out = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            out.add(line);
        }
        return out;
    }

    interface Permissions {
        AccessPermission get();
    }

    /** A PDF with one text line per page, optionally encrypted (user password "" = owner password only). */
    static void pdf(Path file, List<String> pageLines, String userPassword, Permissions permissions)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String line : pageLines) {
                PDPage page = new PDPage();
                doc.addPage(page);
                showText(doc, page, line);
            }
            if (permissions != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        permissions.get());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    /** Writes one line of 9 pt Helvetica near the top of {@code page}. */
    static void showText(PDDocument doc, PDPage page, String line) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
            cs.newLineAtOffset(40, 700);
            cs.showText(line);
            cs.endText();
        }
    }

    static byte[] simplePdfBytes() throws IOException {
        Path tmp = Files.createTempFile("simine-fault", ".pdf");
        try {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                showText(doc, page, SENTENCE);
                // Uncompressed xref table so the xref can be damaged byte-wise.
                doc.save(tmp.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] breakXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = s.lastIndexOf("xref");
        StringBuilder sb = new StringBuilder(s);
        // Shift every offset entry by scribbling digits over them.
        for (int i = xref; i < s.length() - 10; i++) {
            if (s.startsWith(" 00000 n", i)) {
                for (int k = i - 10; k < i; k++) {
                    sb.setCharAt(k, '9');
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] cutAtStartxref(byte[] pdf, String marker) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf(marker);
        return Arrays.copyOf(pdf, at < 0 ? pdf.length : at);
    }

    private static void blankPages(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 300, 300); // a drawn "figure", no text
                    cs.fill();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void tinyGlyphs(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 0.5f);
                cs.newLineAtOffset(10, 780);
                String line = "Si ICE 86.9% ".repeat(40); // 520 glyphs a line
                for (int i = 0; i < 400; i++) {          // 208k glyphs in all
                    cs.showText(line);
                    cs.newLineAtOffset(0, -1.9f);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    /** 100k nested arrays in the page dictionary, written byte-wise (PDFBox's writer would overflow). */
    private static void deeplyNested(Path file) throws IOException {
        String pdf = new String(simplePdfBytes(), StandardCharsets.ISO_8859_1);
        String deep = " /SiMineDeep " + "[".repeat(100_000) + "]".repeat(100_000);
        String patched = pdf.replaceFirst("/Type /Page(?!s)", "/Type /Page" + deep);
        if (patched.equals(pdf)) {
            throw new IOException("page dictionary not found in the generated PDF");
        }
        Files.write(file, patched.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void selfReferencing(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            doc.addPage(page);
            COSDictionary loop = new COSDictionary();
            loop.setItem(COSName.getPDFName("Self"), loop);
            page.getCOSObject().setItem(COSName.getPDFName("SiMineLoop"), loop);
            page.getResources().getCOSObject().setItem(COSName.XOBJECT, loop);
            showText(doc, page, SENTENCE);
            doc.save(file.toFile());
        }
    }

    private static void garbageContent(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(ascii("BT /F9 12 Tf (unclosed string ET q Q Q Q ] >> << 1 2 3 Tj Tj TJ cm cm"));
            }
            page.setContents(stream);
            doc.save(file.toFile());
        }
    }

    private static void hugeContent(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] op = ascii("q 1 0 0 1 0 0 cm 0 0 1 1 re f Q\n");
                for (int i = 0; i < 500_000; i++) { // ~16 MB of drawing operators, no text
                    out.write(op);
                }
            }
            page.setContents(stream);
            doc.save(file.toFile());
        }
    }

    private static byte[] pngHeader() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] gzip(byte[] in) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(in);
        }
        return bos.toByteArray();
    }

    private static byte[] utf16(String s) {
        return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
