package org.simine.extract.nlp;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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
        // Most tokens are plain words: skip the two regex passes when nothing would change.
        if (!needsChange(phrase)) {
            return phrase;
        }
        return MINUS.matcher(IGNORED.matcher(phrase).replaceAll("")).replaceAll("-");
    }

    /** Whether {@code phrase} holds a character that {@link #IGNORED} removes or {@link #MINUS} replaces. */
    private static boolean needsChange(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '^' || c == '_' || c == '{'
                    || c == '}' || c == '\u00B7' || c == '\u22C5' || c == '\u2212' || c == '\u2012'
                    || c == '\u2013' || c == '\uFE63' || c == '\uFF0D') {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends the key form of one character: what {@link #of} gives for a phrase, one character at a time, so a
     * caller growing a phrase character by character keeps its key without recomputing it.
     */
    static void appendKeyChar(StringBuilder key, char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '^' || c == '_'
                || c == '{' || c == '}' || c == '\u00B7' || c == '\u22C5') {
            return;
        }
        key.append(c == '\u2212' || c == '\u2012' || c == '\u2013' || c == '\uFE63' || c == '\uFF0D' ? '-' : c);
    }

    /** All non-empty prefixes of the given keys. */
    static Set<String> prefixes(Collection<String> keys) {
        Set<String> prefixes = new HashSet<>();
        for (String key : keys) {
            for (int end = 1; end <= key.length(); end++) {
                prefixes.add(key.substring(0, end));
            }
        }
        return Set.copyOf(prefixes);
    }
}
