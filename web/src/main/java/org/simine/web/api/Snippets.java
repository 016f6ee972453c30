package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.simine.index.search.Highlighter;

/**
 * Snippets as a list of {@code {"text": …, "mark": true|false}} parts. Clients build their display from the parts
 * (the page with {@code textContent}), so no text from a paper is ever parsed as markup anywhere.
 */
final class Snippets {
    private Snippets() {
    }

    /**
     * Splits a snippet marked by the index's {@link Highlighter}. Its open and close marks are the same string, so
     * parts alternate plain, marked, plain, …; a paper whose text holds that string itself shows a spurious mark,
     * never broken output.
     */
    static ArrayNode fromHighlighted(String marked) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        if (marked == null) {
            return parts;
        }
        String open = Highlighter.OPEN;
        int at = 0;
        boolean mark = false;
        while (at <= marked.length()) {
            int next = marked.indexOf(mark ? Highlighter.CLOSE : open, at);
            if (next < 0) {
                add(parts, marked.substring(at), false);
                break;
            }
            add(parts, marked.substring(at, next), mark);
            at = next + open.length();
            mark = !mark;
        }
        return parts;
    }

    /** The whole text with the first occurrence of {@code value} (the record's raw text) marked. */
    static ArrayNode withValue(String text, String value) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        if (text == null) {
            return parts;
        }
        int at = value == null || value.isEmpty() ? -1 : text.indexOf(value);
        if (at < 0) {
            add(parts, text, false);
            return parts;
        }
        add(parts, text.substring(0, at), false);
        add(parts, value, true);
        add(parts, text.substring(at + value.length()), false);
        return parts;
    }

    /**
     * A paragraph with the record's value marked inside the record's own sentence (the same number may occur
     * earlier in the paragraph); the first occurrence in the paragraph when the sentence is not found.
     */
    static ArrayNode withValueIn(String paragraph, String sentence, String value) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        if (paragraph == null) {
            return parts;
        }
        int from = sentence == null || sentence.isEmpty() ? -1 : paragraph.indexOf(sentence);
        int at = value == null || value.isEmpty() ? -1 : paragraph.indexOf(value, Math.max(0, from));
        if (at < 0) {
            return withValue(paragraph, value);
        }
        add(parts, paragraph.substring(0, at), false);
        add(parts, value, true);
        add(parts, paragraph.substring(at + value.length()), false);
        return parts;
    }

    private static void add(ArrayNode parts, String text, boolean mark) {
        if (!text.isEmpty()) {
            parts.addObject().put("text", text).put("mark", mark);
        }
    }
}
