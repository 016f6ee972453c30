package org.simine.extract.nlp;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the earlier sentences of a document named, for a value whose own sentence names no material ("the
 * P0.125Si anode … It delivers 50% at 8 A g⁻¹"): the subject of the paragraph so far, else of the section so
 * far (each the subject of the latest sentence that had one), like ChemDataExtractor 2's contextual merge.
 * Without known paragraph breaks, the paragraph is the last {@value #WINDOW_WITHOUT_BREAKS} sentences, with them
 * at most {@value #PARAGRAPH_WINDOW}. A
 * section subject is used up to {@value #SECTION_WINDOW} sentences back. Also keeps the document's
 * material abbreviations. One per document walk; not thread-safe.
 */
final class MaterialContext {
    static final int WINDOW_WITHOUT_BREAKS = 3;
    /**
     * Farthest a paragraph subject reaches even when breaks are known: PDF blocks that continue one another are
     * joined, and a joined run can span many paragraphs (review p. 16: 19 sentences back, the wrong sample).
     */
    static final int PARAGRAPH_WINDOW = 6;
    static final int SECTION_WINDOW = 10;

    private final Set<String> abbreviations = new HashSet<>();
    private Subject paragraph;
    private Subject section;
    private String sectionName;

    private record Subject(MaterialMention mention, int sentence) {
    }

    Set<String> abbreviations() {
        return abbreviations;
    }

    /** Call before each running-text sentence: a new section forgets both subjects. */
    void enter(String sectionHeading, boolean newParagraph) {
        if (!Objects.equals(sectionHeading, sectionName)) {
            sectionName = sectionHeading;
            section = null;
            paragraph = null;
        }
        if (newParagraph) {
            paragraph = null;
        }
    }

    /**
     * The subject for a value in sentence {@code index}.
     *
     * @param breaksKnown whether paragraph breaks are known (layout blocks, blank lines), else a window is used
     */
    Optional<MaterialBinding> bind(int index, boolean breaksKnown) {
        int distance = paragraph == null ? Integer.MAX_VALUE : index - paragraph.sentence;
        if (distance <= (breaksKnown ? PARAGRAPH_WINDOW : WINDOW_WITHOUT_BREAKS)) {
            return Optional.of(new MaterialBinding(paragraph.mention, "paragraph", distance));
        }
        // Text without headings has no known section: a whole document is no subject's scope (the seed text's
        // tables are plain lines there, and a table row's sample became the next paragraph's "subject").
        if (section != null && sectionName != null && index - section.sentence <= SECTION_WINDOW) {
            return Optional.of(new MaterialBinding(section.mention, "section", index - section.sentence));
        }
        return Optional.empty();
    }

    /**
     * The subject of running-text sentence {@code index}, when it has one, becomes the context's; plain Si
     * ("the Si electrode …") ends the earlier subject without being one.
     */
    void remember(Optional<MaterialMention> subject, int index) {
        subject.ifPresent(m -> {
            paragraph = m.kind() == MaterialMention.Kind.PLAIN_SI ? null : new Subject(m, index);
            section = paragraph;
        });
    }
}
