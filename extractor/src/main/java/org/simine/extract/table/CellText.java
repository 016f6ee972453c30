package org.simine.extract.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the glyphs of a cell into its text, in the gold standard's plain form: words separated by one
 * space, sub- and superscripts inline without a space before them ({@code 1.90×10−13}, {@code cm2 s−1},
 * {@code Li2O}), lines of a multi-line cell joined by a space (no space after a line-end hyphen, which in
 * tables belongs to a name), ligatures spelled out, check-mark variants as ✓. Minus signs (U+2212), ×, ∼
 * and dashes are kept as printed.
 */
final class CellText {
    /** A gap wider than this fraction of the font size between two glyphs is a word space. */
    private static final double SPACE_EMS = 0.17;
    private static final double SCRIPT_RATIO = 0.9;
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("\uFB00", "ff"), Map.entry("\uFB01", "fi"), Map.entry("\uFB02", "fl"),
            Map.entry("\uFB03", "ffi"), Map.entry("\uFB04", "ffl"),
            Map.entry("\u2714", "\u2713"), Map.entry("\u2705", "\u2713"),
            Map.entry("\u00A0", " "), Map.entry("\u2009", " "), Map.entry("\u202F", " "), Map.entry("\u200A", " "),
            Map.entry("\u00AD", ""), Map.entry("\u200B", ""));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile(" (?=,)");

    private CellText() {
    }

    /** The text of the glyphs of one cell, lines top to bottom. */
    static String of(List<Glyph> glyphs) {
        List<String> lines = new ArrayList<>();
        for (TextLine line : TextLineBuilder.lines(glyphs)) {
            lines.add(join(line.glyphs()));
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append(' ');
            }
            out.append(l);
        }
        return normalise(out.toString());
    }

    /** One line's glyphs, left to right, with spaces where the gaps are word-wide. */
    static String join(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        double main = sorted.stream().mapToDouble(Glyph::fontSize).max().orElse(0);
        StringBuilder out = new StringBuilder();
        Glyph previous = null;
        double right = 0;
        for (Glyph g : sorted) {
            if (previous != null) {
                boolean script = g.fontSize() <= main * SCRIPT_RATIO && previous.fontSize() > g.fontSize();
                double size = Math.max(g.fontSize(), previous.fontSize());
                // a minus sign binds to its digits even when the font spaces them ("s− 1" in Elsevier PDFs)
                boolean signedDigit = previous.text().equals("\u2212") && Character.isDigit(g.text().charAt(0))
                        && g.x0() - right < 0.8 * size;
                if (!script && !signedDigit && g.x0() - right > SPACE_EMS * size) {
                    out.append(' ');
                }
            }
            out.append(g.text());
            right = previous == null ? g.x1() : Math.max(right, g.x1());
            previous = g;
        }
        return out.toString();
    }

    /** Whitespace, ligatures, check marks and comma spacing as the gold TSVs have them. */
    static String normalise(String text) {
        String s = text;
        for (Map.Entry<String, String> e : REPLACEMENTS.entrySet()) {
            if (s.contains(e.getKey())) {
                s = s.replace(e.getKey(), e.getValue());
            }
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.equals("\u221A")) {
            return "\u2713"; // a lone square root in a cell is a check mark drawn with the math font
        }
        return SPACE_BEFORE_COMMA.matcher(s).replaceAll("");
    }
}
