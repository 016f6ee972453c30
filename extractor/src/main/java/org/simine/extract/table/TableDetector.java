package org.simine.extract.table;

import java.util.List;
import java.util.Optional;

/** Finds the region of the table a caption belongs to. */
interface TableDetector {
    /**
     * @param page     the page's glyphs and (merged) rules
     * @param lines    the page's text lines
     * @param caption  the caption to place
     * @param captions all captions of the page (a region never reaches past another caption)
     */
    Optional<TableRegion> detect(PageContent page, List<TextLine> lines, TableCaption caption,
                                 List<TableCaption> captions);
}
