package org.simine.extract.table;

import java.util.List;

/**
 * What the table layer sees of one page: glyphs in content-stream order and ruling lines.
 *
 * @param number  1-based page number
 * @param width   crop box width in points
 * @param height  crop box height in points
 * @param glyphs  visible glyphs (blank ones dropped)
 * @param rulings horizontal and vertical rules, stroked or filled
 */
public record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings) {
    public PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
