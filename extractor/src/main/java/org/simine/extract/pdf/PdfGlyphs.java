package org.simine.extract.pdf;

import java.util.List;
import java.util.Map;

/**
 * The glyphs of every page of a document as {@link PageScanner} read them, input of {@link PdfLayoutReader}.
 * Opaque outside this package.
 */
public final class PdfGlyphs {
    private final List<RawPage> pages;
    private final Map<String, Integer> unrecovered;

    PdfGlyphs(List<RawPage> pages, Map<String, Integer> unrecovered) {
        this.pages = List.copyOf(pages);
        this.unrecovered = unrecovered;
    }

    List<RawPage> pages() {
        return pages;
    }

    /** Glyphs whose text could not be recovered, as "font glyph" → count. */
    Map<String, Integer> unrecovered() {
        return unrecovered;
    }
}
