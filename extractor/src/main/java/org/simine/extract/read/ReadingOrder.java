package org.simine.extract.read;

import java.util.regex.Pattern;
import org.simine.extract.pdf.BlockKind;

/**
 * The whole document's minable text in reading order, for search and debug views: the running text of all pages
 * joined across page breaks (a sentence cut by a page break reads through), then every page's captions and
 * asides. Record offsets do not point into this text; they point into {@link Page#text()}.
 */
public final class ReadingOrder {
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?:][\"”’)\\]]*\\s*$");
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{Ll}\\p{Ll})-\n(?=\\p{Ll})");

    private ReadingOrder() {
    }

    public static String text(Document document) {
        StringBuilder flow = new StringBuilder();
        StringBuilder floats = new StringBuilder();
        for (Page page : document.pages()) {
            if (page.blocks().isEmpty()) {
                separate(flow, "\n\n").append(page.text());
                continue;
            }
            BlockKind previous = null;
            for (Block b : page.blocks()) {
                if (!b.inText()) {
                    continue;
                }
                if (!b.kind().flow()) {
                    separate(floats, "\n\n").append(b.text());
                    continue;
                }
                String separator;
                if (previous != null) {
                    separator = page.text().substring(flowEnd(page, b), b.start());
                } else {
                    boolean continues = b.kind() == BlockKind.PARAGRAPH && !SENTENCE_END.matcher(flow).matches();
                    separator = continues ? "\n" : "\n\n";
                }
                separate(flow, separator).append(b.text());
                previous = b.kind();
            }
        }
        String text = flow + (floats.length() > 0 ? "\n\n" + floats : "");
        return LINE_END_HYPHEN.matcher(text).replaceAll("");
    }

    /** End of the running-text block just before {@code b} in the page text. */
    private static int flowEnd(Page page, Block b) {
        int end = 0;
        for (Block other : page.blocks()) {
            if (other.inText() && other.end() <= b.start()) {
                end = Math.max(end, other.end());
            }
        }
        return end;
    }

    private static StringBuilder separate(StringBuilder text, String separator) {
        if (text.length() > 0) {
            text.append(separator);
        }
        return text;
    }
}
