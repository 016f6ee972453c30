package org.simine.extract.table;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Reads the glyphs and rules of single pages of one open document. Not thread-safe. */
final class PageContentReader {
    private final PDDocument document;
    private final GlyphStripper stripper = new GlyphStripper();

    PageContentReader(PDDocument document) {
        this.document = document;
    }

    /** @param number 1-based page number */
    PageContent read(int number) throws IOException {
        return withRulings(number, glyphs(number));
    }

    /** The page's glyphs only: enough to tell whether it can hold a captioned table at all. */
    List<Glyph> glyphs(int number) throws IOException {
        return StackedGlyphJoiner.join(stripper.glyphs(document, number));
    }

    /** The page with the given glyphs and its rules, which cost a second pass over its content. */
    PageContent withRulings(int number, List<Glyph> glyphs) throws IOException {
        PDPage page = document.getPage(number - 1);
        PDRectangle crop = page.getCropBox();
        return new PageContent(number, crop.getWidth(), crop.getHeight(), glyphs, new RulingCollector(page).collect());
    }
}
