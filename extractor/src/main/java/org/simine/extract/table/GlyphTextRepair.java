package org.simine.extract.table;

import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Repairs glyph texts that PDFBox cannot map because a TeX math-symbol font (cmsy, and Elsevier's
 * re-encoded "TeX_CM_Maths_Symbols") carries no usable Unicode table: the code's meaning comes from the
 * TeX OMS encoding instead ({@code 0} minus, {@code 2} times, …). Elsevier's copy also places the plus
 * sign at the slot named "thorn", which PDFBox reads as þ ({@code DLiþ}). Only texts that are missing,
 * control characters, U+FFFD or that þ are touched; a font with a proper Unicode map is left alone.
 */
final class GlyphTextRepair {
    /** TeX OMS encoding, the codes that occur in tables. */
    private static final Map<Integer, String> OMS = Map.ofEntries(
            Map.entry(0, "\u2212"), Map.entry(1, "\u00B7"), Map.entry(2, "\u00D7"), Map.entry(3, "\u2217"),
            Map.entry(6, "\u00B1"), Map.entry(7, "\u2213"), Map.entry(14, "\u2218"), Map.entry(15, "\u2022"),
            Map.entry(17, "\u2261"), Map.entry(20, "\u2264"), Map.entry(21, "\u2265"), Map.entry(24, "\u223C"),
            Map.entry(25, "\u2248"), Map.entry(33, "\u2192"), Map.entry(48, "\u2032"), Map.entry(49, "\u221E"),
            Map.entry(112, "\u221A"));

    private GlyphTextRepair() {
    }

    /** The text to use for a glyph whose PDFBox text is {@code text}. */
    static String repair(String text, PDFont font, int code) {
        boolean broken = text == null || text.isEmpty() || text.equals("\uFFFD") || Character.isISOControl(text.charAt(0));
        boolean thorn = "\u00FE".equals(text);
        if (!broken && !thorn || font == null || !isTexMathSymbols(font.getName())) {
            return text;
        }
        if (thorn) {
            return "+";
        }
        return OMS.getOrDefault(code, text);
    }

    private static boolean isTexMathSymbols(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("cm_maths_symbols") || n.contains("cmsy");
    }
}
