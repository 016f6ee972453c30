package org.simine.extract.table;

import java.io.IOException;
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
        PDPage page = document.getPage(number - 1);
        PDRectangle crop = page.getCropBox();
        return new PageContent(number, crop.getWidth(), crop.getHeight(), StackedGlyphJoiner.join(stripper.glyphs(document, number)),
                new RulingCollector(page).collect());
    }
}
