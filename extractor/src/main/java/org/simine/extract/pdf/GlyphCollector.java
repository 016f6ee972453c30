package org.simine.extract.pdf;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of a page with its geometry, instead of PDFBox's own line building (which, sorted by
 * position, merges the lines of two columns that share a baseline). Fonts listed in {@link GlyphMap} are
 * repaired on the way; glyphs whose text cannot be recovered become U+FFFD and are counted by font and glyph.
 * {@link PageScanner} feeds it the glyphs of one page at a time.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class GlyphCollector {
    static final String UNRECOVERED = "\uFFFD";
    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern BOLD_NAME = Pattern.compile("(?i).*(bold|black|heavy|semibold|demi|[-,.]b$|-sb$|medi).*");
    /** Overstrike ("fake bold"): the same glyph drawn again within this fraction of its size. */
    private static final double OVERSTRIKE = 0.2;
    private static final int OVERSTRIKE_LOOKBACK = 6;

    private record FontInfo(String baseName, boolean bold, List<GlyphMap.Entry> repairs, boolean byName) {
    }

    private record Positioned(Glyph glyph, int direction) {
    }

    private final GlyphMap glyphMap;
    private final Map<PDFont, FontInfo> fonts = new IdentityHashMap<>();
    private final Map<String, Integer> unrecovered = new TreeMap<>();
    private List<Positioned> current = new ArrayList<>();
    /** The last clipping path seen and its bounds: text runs share one path, and bounds are not cached by Area. */
    private Area clipPath;
    private Rectangle2D clipBounds;

    GlyphCollector(GlyphMap glyphMap) {
        this.glyphMap = glyphMap;
    }

    /** A page without a content stream, in its unrotated crop box. */
    static RawPage emptyPage(PDPage page, int number) {
        PDRectangle box = page.getCropBox();
        return new RawPage(number, box.getWidth(), box.getHeight(), List.of(), List.of());
    }

    /** Glyphs whose text could not be recovered, as "font glyph" → count. */
    Map<String, Integer> unrecovered() {
        return Collections.unmodifiableMap(new TreeMap<>(unrecovered));
    }

    void startPage() {
        current = new ArrayList<>();
    }

    /** The page's glyphs, split into its main text direction and the rest. */
    RawPage endPage(PDPage page, int number) {
        int[] counts = new int[4];
        for (Positioned p : current) {
            counts[p.direction]++;
        }
        int main = 0;
        for (int d = 1; d < 4; d++) {
            if (counts[d] > counts[main]) {
                main = d;
            }
        }
        List<Glyph> inMain = new ArrayList<>();
        List<Glyph> rotated = new ArrayList<>();
        for (Positioned p : current) {
            (p.direction == main ? inMain : rotated).add(p.glyph);
        }
        PDRectangle box = page.getCropBox();
        boolean sideways = (main % 2 == 1) != (page.getRotation() % 180 != 0);
        double width = sideways ? box.getHeight() : box.getWidth();
        double height = sideways ? box.getWidth() : box.getHeight();
        current = new ArrayList<>();
        return new RawPage(number, width, height, inMain, rotated);
    }

    /** @param clippingPath the graphics state's clipping path when the glyph is drawn */
    void add(TextPosition t, Area clippingPath) {
        if (clippedAway(t, clippingPath)) {
            return;
        }
        FontInfo font = fontInfo(t.getFont());
        int[] codes = t.getCharacterCodes();
        int code = codes == null || codes.length == 0 ? -1 : codes[0];
        String text = t.getUnicode();
        if (!font.repairs.isEmpty()) {
            String name = font.byName ? glyphName(t.getFont(), code) : null;
            Optional<String> repaired = GlyphMap.lookup(font.repairs, code, name);
            if (repaired.isPresent()) {
                text = repaired.get();
            }
        }
        if (text == null || text.isEmpty() || !readable(text)) {
            String name = glyphName(t.getFont(), code);
            unrecovered.merge(font.baseName + " " + (name != null ? name : "code " + code), 1, Integer::sum);
            text = UNRECOVERED;
        }
        double size = t.getYScale() > 0 ? t.getYScale() : t.getFontSizeInPt();
        if (size <= 0) {
            size = 1;
        }
        double x0 = t.getXDirAdj();
        Glyph glyph = new Glyph(text.isBlank() ? " " : text, x0, x0 + Math.max(0, t.getWidthDirAdj()), t.getYDirAdj(),
                size, font.bold);
        int direction = Math.floorMod(Math.round(t.getDir() / 90f), 4);
        if (!isOverstrike(glyph)) {
            current.add(new Positioned(glyph, direction));
        }
    }

    /**
     * A glyph drawn clearly outside the clipping path is invisible: e.g. a figure pasted as a whole earlier page,
     * whose form box clips all but the figure, still carries that page's text. Only the clip's bounding box
     * (grown by the glyph size) is tested, so glyphs at a clip's edge and odd clip shapes are kept.
     */
    private boolean clippedAway(TextPosition t, Area path) {
        if (path != clipPath) {
            clipPath = path;
            clipBounds = path.getBounds2D();
        }
        Rectangle2D clip = clipBounds;
        double margin = Math.max(1, t.getYScale());
        double x = t.getTextMatrix().getTranslateX();
        double y = t.getTextMatrix().getTranslateY();
        return x < clip.getMinX() - margin || x > clip.getMaxX() + margin
                || y < clip.getMinY() - margin || y > clip.getMaxY() + margin;
    }

    private boolean isOverstrike(Glyph g) {
        for (int i = current.size() - 1; i >= Math.max(0, current.size() - OVERSTRIKE_LOOKBACK); i--) {
            Glyph p = current.get(i).glyph;
            if (p.text().equals(g.text()) && !g.isSpace() && Math.abs(p.x0() - g.x0()) < OVERSTRIKE * g.size()
                    && Math.abs(p.baseline() - g.baseline()) < OVERSTRIKE * g.size()) {
                return true;
            }
        }
        return false;
    }

    /** Text that a reader can use: no controls, no replacement character, no private-use code points. */
    static boolean readable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }

    private FontInfo fontInfo(PDFont font) {
        return fonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : SUBSET_TAG.matcher(f.getName()).replaceFirst("");
            PDFontDescriptor d = f.getFontDescriptor();
            boolean bold = BOLD_NAME.matcher(name).matches()
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
            List<GlyphMap.Entry> repairs = glyphMap.entriesFor(name);
            return new FontInfo(name, bold, repairs, GlyphMap.keyedByName(repairs));
        });
    }

    private static String glyphName(PDFont font, int code) {
        if (code < 0 || !(font instanceof PDSimpleFont simple)) {
            return null;
        }
        try {
            Encoding encoding = simple.getEncoding();
            return encoding == null ? null : encoding.getName(code);
        } catch (RuntimeException e) {
            return null; // a broken encoding costs the glyph name, not the page
        }
    }
}
