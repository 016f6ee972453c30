package org.simine.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.simine.extract.pdf.LayoutBlock;
import org.simine.extract.pdf.PageLayout;

/**
 * Turns a laid-out PDF page into a {@link Page}: each block's text normalised on its own (so offsets stay
 * exact), minable blocks concatenated with their separators into the page text, every block kept with its span.
 */
final class PageAssembler {
    private PageAssembler() {
    }

    static Page assemble(PageLayout layout) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(layout.blocks().size());
        for (LayoutBlock b : layout.blocks()) {
            String normalised = TextNormaliser.normalise(b.text()).strip();
            String section = b.section() == null ? null : TextNormaliser.normalise(b.section()).replace('\n', ' ');
            if (b.kind().minable() && !normalised.isEmpty()) {
                if (text.length() > 0) {
                    text.append(b.join().separator());
                }
                int start = text.length();
                text.append(normalised);
                blocks.add(new Block(b.kind(), normalised, b.box(), section, start, text.length()));
            } else {
                blocks.add(new Block(b.kind(), normalised, b.box(), section, -1, -1));
            }
        }
        return new Page(layout.number(), text.toString(), blocks);
    }
}
