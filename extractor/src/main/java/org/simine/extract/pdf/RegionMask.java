package org.simine.extract.pdf;

import java.util.List;

/**
 * The hook for table detection: regions of a page whose text is taken out of the running text. Text inside a
 * masked region becomes one {@link BlockKind#TABLE} block per region (kept for debugging, not mined), so a table
 * reader can own it without its cells interleaving with sentences.
 */
@FunctionalInterface
public interface RegionMask {
    /**
     * @param pageNumber 1-based page number
     * @return regions in the coordinates of {@link Box}; empty when nothing is masked
     */
    List<Box> regions(int pageNumber);

    /** Masks nothing. */
    static RegionMask none() {
        return pageNumber -> List.of();
    }
}
