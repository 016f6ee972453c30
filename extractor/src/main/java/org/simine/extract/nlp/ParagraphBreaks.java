package org.simine.extract.nlp;

import java.util.regex.Pattern;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Block;
import org.simine.extract.read.Page;

/**
 * Tells, sentence by sentence through a document, where paragraphs start. PDFs: a paragraph block continues
 * the previous one (across a column or page break) when that one did not end a sentence or this one starts in
 * lower case; captions and asides are outside the running text. Plain text: a blank line starts a paragraph.
 * One per document walk; not thread-safe.
 */
final class ParagraphBreaks {
    enum Place { NEW_PARAGRAPH, SAME_PARAGRAPH, OUTSIDE_RUNNING_TEXT }

    /** A sentence end, possibly followed by a reference mark ("…at 5C.^{68}") or a closing quote or bracket. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”)\\]]?(?:\\^\\{?[\\d,–-]+}?)?\\s*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private Block lastBlock;

    /** Whether this page's paragraph breaks are known (layout blocks or blank lines), else a window is used. */
    static boolean breaksKnown(Page page) {
        return !page.blocks().isEmpty() || BLANK_LINE.matcher(page.text()).find();
    }

    /**
     * @param begin       start offset of the sentence in the page text
     * @param previousEnd end offset of the page's previous sentence, or -1 for the page's first
     */
    Place place(Page page, int begin, int previousEnd) {
        if (page.blocks().isEmpty()) {
            boolean blank = previousEnd < 0 || BLANK_LINE.matcher(page.text().substring(previousEnd, begin)).find();
            return blank ? Place.NEW_PARAGRAPH : Place.SAME_PARAGRAPH;
        }
        Block block = blockAt(page, begin);
        if (block == null || !block.kind().flow()) {
            return Place.OUTSIDE_RUNNING_TEXT;
        }
        if (block == lastBlock) {
            return Place.SAME_PARAGRAPH;
        }
        boolean continues = lastBlock != null && block.kind() == BlockKind.PARAGRAPH
                && lastBlock.kind() == BlockKind.PARAGRAPH
                && (!ENDS_SENTENCE.matcher(lastBlock.text()).find() || (!block.text().isEmpty() && Character.isLowerCase(block.text().charAt(0))));
        lastBlock = block;
        return continues ? Place.SAME_PARAGRAPH : Place.NEW_PARAGRAPH;
    }

    private static Block blockAt(Page page, int offset) {
        for (Block b : page.blocks()) {
            if (b.inText() && b.start() <= offset && offset < b.end()) {
                return b;
            }
        }
        return null;
    }
}
