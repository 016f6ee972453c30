package org.simine.extract.pdf;

import java.util.Objects;

/**
 * A block of a page as laid out: a paragraph, heading, caption, header … with its text in the script markup of
 * {@link LineText} (lines joined by {@code \n}, words hyphenated across lines already joined), where it sits and
 * which section it belongs to.
 *
 * @param kind     what the block is
 * @param text     the block text (not yet character-normalised; see {@code read.TextNormaliser})
 * @param page     1-based page number
 * @param box      the union of its lines' boxes
 * @param section  the heading text of the enclosing section, or null before the first heading
 * @param fontSize the dominant font size of its lines, in points
 * @param join     how the block's text attaches to the text of the block before it in the page text
 */
public record LayoutBlock(BlockKind kind, String text, int page, Box box, String section, double fontSize, Join join) {
    /** Separator before a block in the page text. */
    public enum Join {
        /** A new paragraph: {@code \n\n}, which also ends a sentence. */
        PARAGRAPH("\n\n"),
        /** The same sentence continues in another column or below a float: {@code \n}. */
        LINE("\n"),
        /** A word hyphenated across the column break continues: nothing. */
        GLUED("");

        private final String separator;

        Join(String separator) {
            this.separator = separator;
        }

        public String separator() {
            return separator;
        }
    }

    public LayoutBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(join, "join");
    }

    LayoutBlock withKind(BlockKind newKind) {
        return new LayoutBlock(newKind, text, page, box, section, fontSize, join);
    }

    LayoutBlock withSection(String newSection) {
        return new LayoutBlock(kind, text, page, box, newSection, fontSize, join);
    }

    LayoutBlock withText(String newText, Join newJoin) {
        return new LayoutBlock(kind, newText, page, box, section, fontSize, newJoin);
    }
}
