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
    private static final Pattern TRAILING_PART = Pattern.compile("(\\p{L}*)[-\u2010\u00AD]$");
    private static final Pattern LEADING_PART = Pattern.compile("^(\\p{L}+)");

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
        char hyphen = text.charAt(text.length() - 1);
        String head = text.substring(0, text.length() - 1);
        if (hyphen == '\u00AD') {
            return head + next;
        }
        Matcher tail = TRAILING_PART.matcher(text);
        Matcher lead = LEADING_PART.matcher(next);
        String prefix = tail.find() ? tail.group(1) : "";
        String suffix = lead.find() ? lead.group(1) : "";
        boolean lowerParts = prefix.length() >= 2 && suffix.length() >= 1
                && Character.isLowerCase(prefix.charAt(prefix.length() - 1))
                && Character.isLowerCase(prefix.charAt(prefix.length() - 2))
                && Character.isLowerCase(suffix.charAt(0));
        if (!lowerParts) {
            return head + "-" + next;
        }
        String joined = (prefix + suffix).toLowerCase(Locale.ROOT);
        String hyphenated = (prefix + "-" + suffix).toLowerCase(Locale.ROOT);
        boolean keep = words.contains(hyphenated) && !words.contains(joined);
        return keep ? head + "-" + next : head + next;
    }
}
