package org.simine.extract.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A material or sample named in a sentence.
 *
 * @param text       as written, e.g. {@code YS-Si/C}, {@code P-doped Si}, {@code hollow Si nanotube}; a name
 *                   defined with an abbreviation ("Si nanoparticles (SiNPs)") is named by the abbreviation
 * @param begin      start character offset in the page text
 * @param end        end character offset (exclusive)
 * @param dopants    element symbols when the mention says "X-doped", else empty
 * @param kind       how it is named (a sample label beats a name in words; plain Si is no material)
 * @param contrasted whether a comparison word comes just before it ("than other PxSi anodes", "compared with
 *                   porous Si"): such a material is what the subject is compared with, never bound to a value
 * @param inNewClause whether it opens a new clause ("…was 79%, while the C@SGG electrode showed …"): it is the
 *                   subject of what follows, so a value before it is not bound to it
 */
public record MaterialMention(String text, int begin, int end, List<String> dopants, Kind kind,
                              boolean contrasted, boolean inNewClause) {
    public enum Kind {
        /** A sample label or formula: {@code P0.125Si}, {@code Si@C}, "the MACS anode", a defined abbreviation. */
        LABEL,
        /** A name in words: "Si nanowires", "porous Si". */
        WORDS,
        /**
         * Plain Si with a head noun ("the Si electrode in mixed-THF electrolytes", "Si anodes"): no sample, bound
         * only as the subject before a value and after every sample and name in words.
         */
        PLAIN_SI
    }

    public MaterialMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        dopants = List.copyOf(dopants);
    }

    public MaterialMention(String text, int begin, int end, List<String> dopants) {
        this(text, begin, end, dopants, Kind.LABEL, false, false);
    }

    /** Whether a value may be bound to it: not a comparison. */
    public boolean bindable() {
        return !contrasted;
    }
}
