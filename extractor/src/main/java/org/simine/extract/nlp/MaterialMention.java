package org.simine.extract.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A material or sample named in a sentence.
 *
 * @param text     as written, e.g. {@code YS-Si/C}, {@code P-doped Si}
 * @param begin    start character offset in the page text
 * @param end      end character offset (exclusive)
 * @param dopants  element symbols when the mention says "X-doped", else empty
 */
public record MaterialMention(String text, int begin, int end, List<String> dopants) {
    public MaterialMention {
        Objects.requireNonNull(text, "text");
        dopants = List.copyOf(dopants);
    }
}
