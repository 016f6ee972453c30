package org.simine.extract.pdf;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PDF after layout analysis.
 *
 * @param pages       pages in order
 * @param title       the text of the {@link BlockKind#TITLE} block on the first page, or null
 * @param unrecovered glyphs whose text no font mapping recovers ("font glyph" → count); they read U+FFFD
 */
public record PdfLayout(List<PageLayout> pages, String title, Map<String, Integer> unrecovered) {
    public PdfLayout {
        pages = List.copyOf(pages);
        unrecovered = Collections.unmodifiableMap(new TreeMap<>(unrecovered)); // sorted: output is reproducible
    }
}
