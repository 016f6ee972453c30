package org.simine.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the lines of one region into blocks and says what each block is.
 *
 * <p>A new block starts at a vertical gap wider than {@value #GAP_EM} em, a change of font size or of boldness, a
 * caption label, or where a line that ends a sentence is followed by an indented line or is itself short. A
 * block is a caption when it starts with a label ("Fig. 3", "Table 2:", "FIG. 1."), a heading when it is short,
 * at most {@value #MAX_HEADING_LINES} lines, and larger than the body text, bold, or numbered ("2.1 Shorten …"),
 * and an aside when its text is smaller than the body text.
 */
final class BlockBuilder {
    static final double GAP_EM = 0.55;
    static final int MAX_HEADING_LINES = 3;
    static final int MAX_HEADING_CHARS = 180;
    static final double HEADING_SIZE = 1.12;
    static final double ASIDE_SIZE = 0.92;

    static final Pattern CAPTION = Pattern.compile(
            "^(?:Fig(?:ure)?s?\\.?|FIG(?:URE)?\\.?|Table|TABLE|Scheme|SCHEME)\\s*(?:S?\\d+[A-Za-z]?|[IVX]+)"
                    + "(?:\\s*[.:|—–]|\\s+\\p{Lu}|\\s+\\(|\\s*$)");
    private static final Pattern CAPTION_PUNCTUATED = Pattern.compile(
            "^(?:Fig(?:ure)?s?\\.?|FIG(?:URE)?\\.?|Table|TABLE|Scheme|SCHEME)\\s*(?:S?\\d+[A-Za-z]?|[IVX]+)\\s*[.:|—–]");
    private static final Pattern TABLE_LABEL = Pattern.compile("^(?:Table|TABLE)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|[A-H]\\.)\\s+\\p{Lu}.*");
    /** A sentence ends: terminal punctuation, then maybe a citation superscript, closing quotes or brackets. */
    static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?:](?:\\^\\{[^}]*\\})?[\"”’)\\]]*\\s*$");

    private static final Pattern HEADING_WORD = Pattern.compile("\\p{L}{4,}");

    private final double bodySize;
    private final Hyphenation hyphenation;

    BlockBuilder(double bodySize, Hyphenation hyphenation) {
        this.bodySize = bodySize;
        this.hyphenation = hyphenation;
    }

    Hyphenation hyphenation() {
        return hyphenation;
    }

    List<LayoutBlock> blocks(int page, List<TextLine> lines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (lines.isEmpty()) {
            return blocks;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (TextLine l : lines) {
            left = Math.min(left, l.box().x0());
            right = Math.max(right, l.box().x1());
        }
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (!current.isEmpty() && breaksBefore(current.get(current.size() - 1), line, left, right)) {
                blocks.add(block(page, current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        blocks.add(block(page, current));
        return blocks;
    }

    private boolean breaksBefore(TextLine a, TextLine b, double left, double right) {
        double em = Math.max(a.size(), b.size());
        if (b.box().y0() - a.box().y1() > GAP_EM * em || b.baseline() <= a.baseline()) {
            return true;
        }
        if (Math.abs(a.size() - b.size()) > 0.1 * em || a.isBold() != b.isBold()) {
            return true;
        }
        boolean sentenceEnds = SENTENCE_END.matcher(a.text()).matches();
        if (isCaptionStart(b) && (sentenceEnds || CAPTION_PUNCTUATED.matcher(b.text()).find())) {
            return true;
        }
        boolean indented = b.box().x0() - left > 0.8 * b.size() && b.box().x0() - a.box().x0() > 0.5 * b.size();
        boolean short_ = a.box().x1() < right - 2.5 * a.size();
        return sentenceEnds && (indented || short_);
    }

    private boolean isCaptionStart(TextLine line) {
        if (!CAPTION.matcher(line.text()).find()) {
            return false;
        }
        if (CAPTION_PUNCTUATED.matcher(line.text()).find()) {
            return true;
        }
        // "Fig. 1 Limiting factors …": without punctuation the label must stand out (bold) or the line be smaller.
        boolean labelBold = !line.glyphs().isEmpty() && line.glyphs().get(0).bold();
        return labelBold || line.size() < ASIDE_SIZE * bodySize;
    }

    private LayoutBlock block(int page, List<TextLine> lines) {
        StringBuilder text = new StringBuilder(lines.get(0).text());
        Box box = lines.get(0).box();
        double chars = 0;
        double weightedSize = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i > 0) {
                box = box.union(line.box());
                appendLine(text, line.text());
            }
            chars += line.text().length();
            weightedSize += line.size() * line.text().length();
        }
        double size = chars == 0 ? lines.get(0).size() : weightedSize / chars;
        BlockKind kind = kind(lines, text.toString(), size);
        return new LayoutBlock(kind, text.toString(), page, box, null, size, LayoutBlock.Join.PARAGRAPH);
    }

    /** Appends a line, gluing a word hyphenated across the line end. */
    void appendLine(StringBuilder text, String next) {
        if (Hyphenation.endsWithHyphen(text, next)) {
            hyphenation.joinInto(text, next);
        } else {
            text.append('\n').append(next);
        }
    }

    private BlockKind kind(List<TextLine> lines, String text, double size) {
        if (isCaptionStart(lines.get(0))) {
            return TABLE_LABEL.matcher(text).find() ? BlockKind.TABLE_CAPTION : BlockKind.FIGURE_CAPTION;
        }
        if (isHeading(lines, text, size)) {
            return BlockKind.HEADING;
        }
        return size < ASIDE_SIZE * bodySize ? BlockKind.ASIDE : BlockKind.PARAGRAPH;
    }

    private static double letterShare(String text) {
        long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return visible == 0 ? 0 : (double) letters / visible;
    }

    private boolean isHeading(List<TextLine> lines, String text, double size) {
        String t = text.strip();
        if (lines.size() > MAX_HEADING_LINES || t.length() > MAX_HEADING_CHARS || t.length() < 2
                || t.chars().noneMatch(Character::isLetter) || t.endsWith(",") || t.endsWith(";")) {
            return false;
        }
        if (!HEADING_WORD.matcher(t).find() || letterShare(t) < 0.6 || t.chars().filter(c -> c == ',').count() >= 3) {
            return false; // plot labels ("4x10", "T = 9.0 K") and author lists are not headings
        }
        boolean bold = lines.stream().allMatch(TextLine::isBold);
        if (size >= HEADING_SIZE * bodySize) {
            return true;
        }
        if (size < 0.95 * bodySize) {
            return false;
        }
        boolean numbered = NUMBERED_HEADING.matcher(t).matches() && lines.size() <= 2
                && t.split("\\s+").length <= 14 && !t.endsWith(".");
        return bold || numbered;
    }
}
