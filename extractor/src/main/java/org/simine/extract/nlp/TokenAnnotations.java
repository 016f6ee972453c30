package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * Token annotations that SiMine sets before and during the TokensRegex rules. The rule files bind them to
 * short names ({@code unit}, {@code unitkind}, {@code cue}, {@code role}) in {@code 00-macros.rules}.
 */
public final class TokenAnnotations {
    private TokenAnnotations() {
    }

    /** Canonical unit of the unit phrase the token belongs to, e.g. {@code A/g}, {@code Ohm}, {@code %}. */
    public static final class UnitAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** What the unit measures: {@code value}, {@code rate} or {@code other} (voltage, temperature…). */
    public static final class UnitKindAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Property cue the token belongs to, e.g. {@code retention}, {@code ice}, {@code rct}, {@code dli}. */
    public static final class CueAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Set by the early rule stages on numbers that are not values: figure labels, voltages, temperatures. */
    public static final class RoleAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }
}
