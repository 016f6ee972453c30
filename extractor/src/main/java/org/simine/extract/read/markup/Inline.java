package org.simine.extract.read.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the running text of one paragraph, caption or cell as the markup walkers meet it: text, sub- and
 * superscripts in the page text's markup ({@code ^x}, {@code _x}, braced when the script holds a space) and
 * citation pointers, which are dropped together with what only separated or bracketed them
 * ({@code "atoms [1–4]."} → {@code "atoms."}, {@code "anodes,^{4,5} which"} → {@code "anodes, which"}).
 * White space is collapsed. Not thread-safe; one per block.
 */
final class Inline {
    /** What may stand between two citations of one group: commas, dashes, semicolons, spaces. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,;\u2013\u2014\u2012-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Piece(String text, boolean citation) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    Inline text(String text) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, false));
        }
        return this;
    }

    /** A citation pointer (bibliography or table-footnote reference): left out with its brackets. */
    Inline citation() {
        pieces.add(new Piece("", true));
        return this;
    }

    /**
     * A script; nothing when it holds no text once its own citations are gone (a superscript that only carried
     * reference numbers).
     *
     * @param marker {@code '^'} or {@code '_'}
     */
    Inline script(char marker, Inline content) {
        boolean onlyCitations = content.pieces.stream().anyMatch(Piece::citation);
        String s = content.toString();
        if (s.isBlank() || (onlyCitations && SEPARATOR.matcher(s).matches())) {
            if (onlyCitations) {
                citation();
            }
            return this;
        }
        return text(marker + (s.indexOf(' ') >= 0 ? "{" + s + "}" : s));
    }

    boolean isEmpty() {
        return toString().isBlank();
    }

    /** The text with citation groups removed and white space collapsed, not stripped. */
    @Override
    public String toString() {
        List<String> texts = new ArrayList<>();
        List<Boolean> cites = new ArrayList<>();
        for (Piece p : pieces) {
            texts.add(p.text());
            cites.add(p.citation());
        }
        // A separator between two citations belongs to the citation group.
        for (int i = 1; i + 1 < texts.size(); i++) {
            if (!cites.get(i) && cites.get(i - 1) && SEPARATOR.matcher(texts.get(i)).matches()) {
                int j = i + 1;
                while (j < texts.size() && !cites.get(j) && SEPARATOR.matcher(texts.get(j)).matches()) {
                    j++;
                }
                if (j < texts.size() && cites.get(j)) {
                    for (int k = i; k < j; k++) {
                        texts.set(k, "");
                        cites.set(k, true);
                    }
                }
            }
        }
        // Brackets that held only citations go, with the space before the opening one.
        for (int i = 0; i < texts.size(); i++) {
            if (!cites.get(i)) {
                continue;
            }
            int end = i;
            while (end + 1 < texts.size() && cites.get(end + 1)) {
                end++;
            }
            int before = previousText(texts, i);
            int after = nextText(texts, end);
            if (before >= 0 && after >= 0) {
                String b = texts.get(before).stripTrailing();
                String a = texts.get(after).stripLeading();
                if (!b.isEmpty() && !a.isEmpty() && closes(b.charAt(b.length() - 1), a.charAt(0))) {
                    texts.set(before, b.substring(0, b.length() - 1).stripTrailing());
                    texts.set(after, a.substring(1));
                } else if (!b.isEmpty() && !a.isEmpty() && Character.isLetterOrDigit(b.charAt(b.length() - 1))
                        && Character.isLetterOrDigit(a.charAt(0))
                        && texts.get(before).equals(b) && texts.get(after).equals(a)) {
                    // "MoO2/C<cite>19</cite>nanostructures": the pointer stood for a space
                    texts.set(before, b + " ");
                }
            }
            i = end;
        }
        return SPACES.matcher(String.join("", texts)).replaceAll(" ");
    }

    private static boolean closes(char open, char close) {
        return (open == '[' && close == ']') || (open == '(' && close == ')');
    }

    private static int previousText(List<String> texts, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!texts.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private static int nextText(List<String> texts, int i) {
        for (int k = i + 1; k < texts.size(); k++) {
            if (!texts.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }
}
