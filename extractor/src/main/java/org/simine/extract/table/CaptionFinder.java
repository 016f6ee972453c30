package org.simine.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "Table N" captions on a page: a phrase (a line piece bounded by column-wide gaps) that starts with
 * the word Table and a label, continued by the lines right below it that keep its left edge or centre and
 * font size. A phrase like "Table 2 shows …" (label followed by a lower-case word) is a reference in the
 * running text, not a caption, unless the label is set in bold.
 */
final class CaptionFinder {
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:Table|TABLE|Tab\\.)\\s*((?:S\\s?)?\\d{1,3}[A-Za-z]?|[IVXL]{1,6})(?![\\w\u2013-])\\s*([.:|\u2014\u2013-]?)\\s*(.*)$");
    /** Phrases are split where words are farther apart than this many ems (the column gutter). */
    private static final double PHRASE_GAP_EMS = 1.2;

    private CaptionFinder() {
    }

    static List<TableCaption> find(List<TextLine> lines, List<Ruling> rulings) {
        List<TableCaption> captions = new ArrayList<>();
        List<List<TextLine>> phrasesByLine = new ArrayList<>();
        for (TextLine line : lines) {
            phrasesByLine.add(line.chunks(PHRASE_GAP_EMS));
        }
        for (int i = 0; i < phrasesByLine.size(); i++) {
            for (TextLine phrase : phrasesByLine.get(i)) {
                String text = CellText.normalise(phrase.text());
                Matcher m = CAPTION.matcher(text);
                if (!m.matches() || !looksLikeCaption(phrase, m)) {
                    continue;
                }
                StringBuilder caption = new StringBuilder(m.group(3));
                double x0 = phrase.x0();
                double x1 = phrase.x1();
                if (m.group(3).isEmpty()) {
                    // "Table 2" set apart from its title on the same line
                    TextLine title = titleBeside(phrase, phrasesByLine.get(i));
                    if (title != null) {
                        caption.append(title.text());
                        x1 = title.x1();
                        phrase = new TextLine(concat(phrase.glyphs(), title.glyphs()), phrase.baseline(),
                                phrase.fontSize());
                    }
                }
                double bottom = phrase.bottom();
                TextLine last = phrase;
                for (int j = i + 1; j < phrasesByLine.size(); j++) {
                    if (lines.get(j).baseline() - last.baseline() > 1.7 * last.fontSize()) {
                        break;
                    }
                    // the other column of the page has its own baselines: skip its lines
                    TextLine next = continuation(last, phrasesByLine.get(j), rulings);
                    if (next == null) {
                        continue;
                    }
                    appendLine(caption, next.text());
                    x0 = Math.min(x0, next.x0());
                    x1 = Math.max(x1, next.x1());
                    bottom = next.bottom();
                    last = next;
                }
                String label = m.group(1).replace(" ", "");
                captions.add(new TableCaption(label, CellText.normalise(caption.toString()),
                        new Table.Box(x0, phrase.top(), x1, bottom), phrase.fontSize()));
            }
        }
        return captions;
    }

    /** Joins a caption line; "parame-" + "ters" is a word broken at the line end. */
    private static void appendLine(StringBuilder caption, String line) {
        int n = caption.length();
        boolean broken = n >= 2 && caption.charAt(n - 1) == '-' && Character.isLowerCase(caption.charAt(n - 2))
                && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
        if (broken) {
            caption.setLength(n - 1);
        } else {
            caption.append(' ');
        }
        caption.append(line);
    }

    private static TextLine titleBeside(TextLine label, List<TextLine> phrases) {
        for (TextLine p : phrases) {
            double gap = p.x0() - label.x1();
            if (gap > 0 && gap <= 4 * label.fontSize() && Math.abs(p.fontSize() - label.fontSize()) <= 0.5) {
                return p;
            }
        }
        return null;
    }

    private static List<Glyph> concat(List<Glyph> a, List<Glyph> b) {
        List<Glyph> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean looksLikeCaption(TextLine phrase, Matcher m) {
        String rest = m.group(3);
        if (!m.group(2).isEmpty() || rest.isEmpty()) {
            return true;
        }
        boolean boldLabel = phrase.glyphs().get(0).bold();
        int first = rest.codePointAt(0);
        return boldLabel || Character.isUpperCase(first) || rest.startsWith("(Continued") || rest.startsWith("(continued");
    }

    /** The phrase of the next line that continues a caption, or null. */
    private static TextLine continuation(TextLine last, List<TextLine> candidates, List<Ruling> rulings) {
        long overlapping = candidates.stream().filter(c -> c.x1() > last.x0() && c.x0() < last.x1()).count();
        if (overlapping != 1) {
            return null; // several phrases under the caption: a table row, not caption text
        }
        for (TextLine c : candidates) {
            double gap = c.baseline() - last.baseline();
            boolean near = gap > 0 && gap <= 1.7 * last.fontSize();
            boolean sameSize = Math.abs(c.fontSize() - last.fontSize()) <= 0.15 * last.fontSize();
            boolean aligned = Math.abs(c.x0() - last.x0()) <= 3
                    || Math.abs((c.x0() + c.x1()) / 2 - (last.x0() + last.x1()) / 2) <= 3
                    || c.x0() >= last.x0() - 3 && c.x1() <= last.x1() + 3 && c.x0() <= last.x0() + 3;
            if (near && sameSize && aligned && !ruledBetween(last, c, rulings) && !CAPTION.matcher(c.text()).matches()) {
                return c;
            }
        }
        return null;
    }

    private static boolean ruledBetween(TextLine above, TextLine below, List<Ruling> rulings) {
        for (Ruling r : rulings) {
            if (r.isHorizontal() && r.y0() > above.baseline() && r.y0() < below.top()
                    && r.x1() > below.x0() && r.x0() < below.x1()) {
                return true;
            }
        }
        return false;
    }
}
