package org.simine.extract.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a hyphen at a line end is. A soft hyphen is always a break. A hard hyphen between two lower-case
 * word parts is a break ("charg-|ing" → "charging") unless the document spells the word with that hyphen
 * elsewhere and never without ("co-|authors" stays "co-authors"); after a capital, a digit or a one-letter part
 * the hyphen belongs to a name ("Si-|graphite", "SHP-|PEG") and is kept. Either way the two lines are glued.
 *
 * <p>The word list is built once per document from the words inside lines (a line's last word may be broken).
 */
final class Hyphenation {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*[\\p{L}]");

    private final Set<String> words;

    private Hyphenation(Set<String> words) {
        this.words = words;
    }

    static Hyphenation of(List<TextLine> lines) {
        Set<String> words = new HashSet<>();
        for (TextLine line : lines) {
            String text = line.text();
            int lastSpace = text.lastIndexOf(' ');
            Matcher m = WORD.matcher(lastSpace < 0 ? "" : text.substring(0, lastSpace));
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return new Hyphenation(words);
    }

    static Hyphenation empty() {
        return new Hyphenation(Set.of());
    }

    /** True when {@code text} ends with a hyphen that may join it to a next line starting with {@code next}. */
    static boolean endsWithHyphen(CharSequence text, String next) {
        if (text.isEmpty() || next.isEmpty() || !Character.isLetterOrDigit(next.codePointAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '-' || last == '\u2010' || last == '\u00AD';
    }

    /** Glues {@code text} (ending with a hyphen) and {@code next}, keeping or dropping the hyphen. */
    String join(String text, String next) {
        StringBuilder joined = new StringBuilder(text.length() + next.length()).append(text);
        joinInto(joined, next);
        return joined.toString();
    }

    /**
     * {@link #join} in place: the text is not copied, and only the word part before the hyphen is looked at (a
     * paragraph is glued line by line, so copying and scanning it for every hyphen grew with its square).
     */
    void joinInto(StringBuilder text, String next) {
        boolean keep = keepsHyphen(text, next);
        text.setLength(text.length() - 1);
        if (keep) {
            text.append('-');
        }
        text.append(next);
    }

    private boolean keepsHyphen(CharSequence text, String next) {
        int hyphenAt = text.length() - 1;
        if (text.charAt(hyphenAt) == '\u00AD') {
            return false;
        }
        String prefix = text.subSequence(lettersBefore(text, hyphenAt), hyphenAt).toString();
        String suffix = next.substring(0, lettersFrom(next));
        boolean lowerParts = prefix.length() >= 2 && suffix.length() >= 1
                && Character.isLowerCase(prefix.charAt(prefix.length() - 1))
                && Character.isLowerCase(prefix.charAt(prefix.length() - 2))
                && Character.isLowerCase(suffix.charAt(0));
        if (!lowerParts) {
            return true;
        }
        String joined = (prefix + suffix).toLowerCase(Locale.ROOT);
        String hyphenated = (prefix + "-" + suffix).toLowerCase(Locale.ROOT);
        return words.contains(hyphenated) && !words.contains(joined);
    }

    /** Where the letters (as {@code \p{L}} counts them) that end just before {@code end} begin. */
    private static int lettersBefore(CharSequence text, int end) {
        int start = end;
        while (start > 0) {
            int cp = Character.codePointBefore(text, start);
            if (!Character.isLetter(cp)) {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start;
    }

    /** Where the letters that open {@code text} end. */
    private static int lettersFrom(String text) {
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Character.isLetter(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }
}
