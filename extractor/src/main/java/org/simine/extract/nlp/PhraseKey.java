package org.simine.extract.nlp;

import java.util.regex.Pattern;

/**
 * The comparison form of a unit or cue phrase: spaces, script markers ({@code ^ _ { }}) and middle dots
 * removed, minus variants as {@code -}. The tokenizer splits {@code A g−1} and {@code D_Li^+} in varying
 * ways; comparing this form of the concatenated tokens makes the match independent of those splits.
 */
final class PhraseKey {
    private static final Pattern IGNORED = Pattern.compile("[\\s^_{}\u00B7\u22C5]");
    private static final Pattern MINUS = Pattern.compile("[\u2212\u2012\u2013\uFE63\uFF0D]");

    private PhraseKey() {
    }

    static String of(String phrase) {
        return MINUS.matcher(IGNORED.matcher(phrase).replaceAll("")).replaceAll("-");
    }
}
