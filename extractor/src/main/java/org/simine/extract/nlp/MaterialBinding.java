package org.simine.extract.nlp;

import java.util.Objects;

/**
 * A material bound to a value, with how far away it was named.
 *
 * @param mention  the material
 * @param how      {@code sentence}, {@code paragraph} or {@code section} (see {@link org.simine.model.Source#binding()})
 * @param distance sentences between the value's sentence and the mention's (0 within the sentence)
 */
record MaterialBinding(MaterialMention mention, String how, int distance) {
    /** Confidence of a record whose material was named in its own sentence, and of one without material. */
    static final double CONFIDENCE_IN_SENTENCE = 0.8;
    static final double CONFIDENCE_WITHOUT_MATERIAL = 0.5;
    /** Each sentence between value and material costs this much, down to a floor above "no material". */
    static final double CONFIDENCE_PER_SENTENCE = 0.05;
    static final double CONFIDENCE_FLOOR = 0.55;
    /** A section-level subject is a weaker guess than a paragraph's at the same distance. */
    static final double SECTION_PENALTY = 0.1;

    MaterialBinding {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(how, "how");
    }

    static MaterialBinding inSentence(MaterialMention mention) {
        return new MaterialBinding(mention, "sentence", 0);
    }

    double confidence() {
        double c = CONFIDENCE_IN_SENTENCE - CONFIDENCE_PER_SENTENCE * distance
                - (how.equals("section") ? SECTION_PENALTY : 0);
        return Math.max(CONFIDENCE_FLOOR, c);
    }
}
