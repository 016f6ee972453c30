package org.simine.extract.faults;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputProblem;
import org.simine.extract.faults.FaultCorpus.Expect;
import org.simine.extract.faults.FaultCorpus.Fault;

/**
 * PDFs that attack the resource limits rather than the parser: runaway content (forms nested and drawn millions
 * of times, operand floods, a decompression bomb), page counts over the cap, cyclic page trees and xref chains, and
 * a scanned page. Written with PDFBox or patched byte-wise; never downloaded.
 */
public final class HostilePdfs {
    /** Form nesting of the corpus's bomb: 10^7 leaf forms, about 4 s of PDFBox text extraction on one core. */
    public static final int BOMB_DEPTH = 7;
    static final int BOMB_FAN_OUT = 10;
    /** Far below the bomb's running time, so it is refused as timed out even on a fast machine. */
    static final ExtractionLimits BOMB_LIMITS = ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(1));

    private HostilePdfs() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("xobject-bomb.pdf", Expect.INPUT_ERROR, f -> xobjectBomb(f, BOMB_DEPTH))
                        .refusedAs(InputProblem.TIMED_OUT).within(BOMB_LIMITS),
                new Fault("two-thousand-and-one-pages.pdf", Expect.INPUT_ERROR,
                        f -> FaultCorpus.pdf(f, FaultCorpus.repeat(FaultCorpus.SENTENCE, 2_001), null, null))
                        .refusedAs(InputProblem.TOO_MANY_PAGES),
                new Fault("six-pages-over-a-cap-of-five.pdf", Expect.INPUT_ERROR,
                        f -> FaultCorpus.pdf(f, FaultCorpus.repeat(FaultCorpus.SENTENCE, 6), null, null))
                        .refusedAs(InputProblem.TOO_MANY_PAGES).within(ExtractionLimits.defaults().withMaxPages(5)),
                new Fault("operand-flood.pdf", Expect.EITHER, f -> flood(f, "0 ", 20_000_000)),
                new Fault("decompression-bomb-stream.pdf", Expect.RECORDS, f -> flood(f, "q Q ", 20_000_000)),
                new Fault("self-drawing-form.pdf", Expect.RECORDS, HostilePdfs::selfDrawingForm),
                new Fault("page-tree-cycle.pdf", Expect.EITHER, HostilePdfs::pageTreeCycle),
                new Fault("xref-prev-loop.pdf", Expect.EITHER, HostilePdfs::xrefPrevLoop),
                new Fault("scanned-image-page.pdf", Expect.INPUT_ERROR, HostilePdfs::scannedPage)
                        .refusedAs(InputProblem.NO_TEXT_LAYER));
    }

    /**
     * One line of text, then a form that draws a form ten times, {@code depth} levels down: a few kilobytes that
     * make a content-stream engine run 10^depth leaf forms (a "billion laughs" for PDF).
     */
    public static void xobjectBomb(Path file, int depth) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFormXObject level = form(doc, "0 0 1 1 re f\n", new PDResources());
            for (int d = 1; d < depth; d++) {
                PDResources resources = new PDResources();
                COSName child = resources.add(level);
                level = form(doc, ("/" + child.getName() + " Do\n").repeat(BOMB_FAN_OUT), resources);
            }
            PDResources resources = textResources();
            COSName top = resources.add(level);
            page.setResources(resources);
            setContent(doc, page, sentence() + "/" + top.getName() + " Do\n");
            doc.save(file.toFile());
        }
    }

    /** One line of text, then {@code unit} {@code times} over in a Flate stream (kilobytes on disk). */
    private static void flood(Path file, String unit, int times) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            page.setResources(textResources());
            PDStream stream = new PDStream(doc);
            try (OutputStream out = new BufferedOutputStream(stream.createOutputStream(COSName.FLATE_DECODE))) {
                out.write(FaultCorpus.ascii(sentence()));
                byte[] bytes = FaultCorpus.ascii(unit);
                for (int i = 0; i < times; i++) {
                    out.write(bytes);
                }
                out.write(FaultCorpus.ascii(" n\n"));
            }
            page.setContents(stream);
            doc.save(file.toFile());
        }
    }

    /** A form whose resources name itself, drawn by the page: endless recursion unless the engine guards. */
    private static void selfDrawingForm(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources formResources = new PDResources();
            PDFormXObject self = form(doc, "/Me Do\n", formResources);
            formResources.put(COSName.getPDFName("Me"), self);
            PDResources resources = textResources();
            resources.put(COSName.getPDFName("Me"), self);
            page.setResources(resources);
            setContent(doc, page, sentence() + "/Me Do\n");
            doc.save(file.toFile());
        }
    }

    /** The page tree's root lists itself among its kids, next to a real page. */
    private static void pageTreeCycle(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            FaultCorpus.showText(doc, page, FaultCorpus.SENTENCE);
            COSDictionary root = doc.getPages().getCOSObject();
            COSArray kids = (COSArray) root.getDictionaryObject(COSName.KIDS);
            kids.add(root);
            root.setInt(COSName.COUNT, 2);
            doc.save(file.toFile());
        }
    }

    /** The trailer's /Prev points at its own xref section, so following the chain never ends. */
    private static void xrefPrevLoop(Path file) throws IOException {
        String pdf = new String(FaultCorpus.simplePdfBytes(), StandardCharsets.ISO_8859_1);
        int xref = pdf.lastIndexOf("\nxref") + 1;
        String looped = pdf.replaceFirst("trailer\\s*<<", "trailer\n<< /Prev " + xref + " ");
        if (looped.equals(pdf)) {
            throw new IOException("trailer not found in the generated PDF");
        }
        Files.write(file, looped.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A page that is one raster image, as a scanner makes: nothing for a text layer to read. */
    private static void scannedPage(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 260, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 20; y < 240; y += 8) {
                for (int x = 20; x < 180; x++) {
                    scan.getRaster().setSample(x, y, 0, 255); // lines of "print"
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            doc.save(file.toFile());
        }
    }

    private static PDFormXObject form(PDDocument doc, String content, PDResources resources) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 612, 792));
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(FaultCorpus.ascii(content));
        }
        return form;
    }

    private static PDResources textResources() {
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return resources;
    }

    /** The corpus sentence as content-stream operators in /F1. */
    private static String sentence() {
        return "BT /F1 9 Tf 40 700 Td (" + FaultCorpus.SENTENCE + ") Tj ET\n";
    }

    private static void setContent(PDDocument doc, PDPage page, String content) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(FaultCorpus.ascii(content));
        }
        page.setContents(stream);
    }
}
