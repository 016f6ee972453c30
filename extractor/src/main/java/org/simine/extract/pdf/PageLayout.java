package org.simine.extract.pdf;

import java.util.List;

/**
 * One page after layout analysis.
 *
 * @param number 1-based page number
 * @param width  page width in points, in the page's main text direction
 * @param height page height in points
 * @param blocks every block of the page: first the running text in reading order ({@link BlockKind#flow()}),
 *               then floats (captions, asides) in reading order, then dropped blocks (headers, references …)
 */
public record PageLayout(int number, double width, double height, List<LayoutBlock> blocks) {
    public PageLayout {
        blocks = List.copyOf(blocks);
    }
}
