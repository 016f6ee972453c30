package org.simine.extract.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The table layer's view of a page's glyphs: PDFTextStripper's glyph list (overprinted "fake bold" duplicates
 * already suppressed, diacritics merged), TeX math symbols repaired, blank and rotated glyphs left out. Only
 * positions matter here, not PDFBox's text assembly. One instance per document (it remembers which fonts are bold).
 */
final class TableGlyphs {
    private final Map<PDFont, Boolean> bold = new IdentityHashMap<>();

    /**
     * Whether the page can hold a caption at all: the letters T, a, b in a row among the glyphs as drawn, with
     * nothing between them but glyphs that {@link #of}, {@link StackedGlyphJoiner} or PDFBox's duplicate
     * suppression drop (an overprinted copy of the letter before). A cheap superset of
     * {@link TableExtractor}'s own test on the converted glyphs, so that most pages are never converted.
     */
    static boolean mayMentionTable(List<TextPosition> drawn) {
        int matched = 0;
        String previous = null;
        for (TextPosition t : drawn) {
            String text = t.getUnicode();
            if (matched == 0 && !"T".equals(text)) {
                continue; // outside a match only a T counts: every other glyph, skipped or not, leaves it at 0
            }
            if (text == null || text.isBlank() || Character.isISOControl(text.charAt(0)) || t.getDir() != 0f
                    || text.equals("\u2212") || text.equals("-") || text.equals("_")
                    || matched > 0 && text.equals(previous)) {
                continue;
            }
            boolean next = matched > 0 && text.equalsIgnoreCase(matched == 1 ? "a" : "b");
            if (next && matched == 2) {
                return true;
            }
            matched = next ? matched + 1 : text.equals("T") ? 1 : 0;
            previous = text;
        }
        return false;
    }

    /** @param textByArticle the page's glyphs as PDFTextStripper collects them, per article */
    List<Glyph> of(List<List<TextPosition>> textByArticle) {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : textByArticle) {
            for (TextPosition t : article) {
                int[] codes = t.getCharacterCodes();
                String text = GlyphTextRepair.repair(t.getUnicode(), t.getFont(), codes.length == 1 ? codes[0] : -1);
                if (text == null || text.isBlank() || Character.isISOControl(text.charAt(0)) || t.getDir() != 0f) {
                    continue; // rotated text (vertical axis labels) never forms table cells here
                }
                double x0 = t.getXDirAdj();
                double baseline = t.getYDirAdj();
                double height = Math.max(t.getHeightDir(), 1.0);
                glyphs.add(new Glyph(text, x0, baseline - height, x0 + Math.max(t.getWidthDirAdj(), 0.1), baseline,
                        fontSize(t), t.getFont() != null && bold.computeIfAbsent(t.getFont(), TableGlyphs::isBold)));
            }
        }
        return glyphs;
    }

    /**
     * The font size as printed: the text rendering matrix's vertical scale. {@code getFontSizeInPt()}
     * misses a scale put in the CTM, so typesetters that set fonts at size 1 and scale the matrix (as
     * Elsevier's do) would all read as 1 pt.
     */
    private static double fontSize(TextPosition t) {
        double scaled = t.getTextMatrix().getScalingFactorY();
        return scaled > 0.1 ? scaled : Math.max(t.getFontSizeInPt(), 1);
    }

    private static boolean isBold(PDFont font) {
        String name = font.getName();
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            // TeX's cmbx/cmb, "…-Bold", "…,Bold", "…Semibold", "…Black", "…Heavy"
            if (lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                    || lower.contains("cmbx") || lower.contains("-bd") || lower.endsWith("bd")) {
                return true;
            }
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
