package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.simine.extract.TestInputs;
import org.simine.extract.pdf.GlyphMap;
import org.simine.extract.pdf.PageScanner;
import org.simine.extract.read.PdfFiles;

/**
 * The page scanner builds PDFTextStripper's glyph list and the table layer converts it only when
 * {@link TableGlyphs#mayMentionTable} lets a page through; that cheap test on the glyphs as drawn must accept every
 * page whose converted glyphs spell a caption word, and should spare most pages. Checked page by page on the review and the shared papers (skipped when absent).
 */
class CaptionPrefilterTest {
    @Test
    void thePrefilterAcceptsEveryPageTheFullTestAccepts() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        TestInputs.reviewPdf().ifPresent(pdfs::add);
        Path papers = TestInputs.shared().resolve("papers");
        if (Files.isDirectory(papers)) {
            try (Stream<Path> files = Files.list(papers)) {
                files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        Assumptions.assumeFalse(pdfs.isEmpty(), "neither the review PDF nor the shared papers are present");
        int[] pages = new int[3]; // all, passed by the prefilter, mentioning a caption word after conversion
        List<String> missed = new ArrayList<>();
        for (Path pdf : pdfs) {
            PDDocument document = PdfFiles.open(pdf);
            try {
                new PageScanner(GlyphMap.load()).scan(document, new PageScanner.PageListener() {
                    private boolean quick;

                    @Override
                    public boolean wantsText(List<TextPosition> drawn) {
                        quick = TableGlyphs.mayMentionTable(drawn);
                        return true;
                    }

                    @Override
                    public void endPage(PDPage page, int number, List<List<TextPosition>> text) throws IOException {
                        boolean full = TableExtractor.mentionsTable(
                                StackedGlyphJoiner.join(new TableGlyphs().of(text)));
                        pages[0]++;
                        pages[1] += quick ? 1 : 0;
                        pages[2] += full ? 1 : 0;
                        if (full && !quick) {
                            missed.add(pdf.getFileName() + " page " + number);
                        }
                    }
                });
            } finally {
                PdfFiles.closeQuietly(document);
            }
        }
        System.out.printf("caption prefilter: %d PDFs, %d pages, %d passed, %d mention a caption word%n",
                pdfs.size(), pages[0], pages[1], pages[2]);
        assertEquals(List.of(), missed, "pages the prefilter wrongly skips");
        assertTrue(pages[2] > 0, "no page mentions a table at all: the check saw nothing");
    }
}
