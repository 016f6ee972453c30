package org.simine.extract.table;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page as {@link Glyph}s. It reuses PDFTextStripper's glyph stream (so
 * overprinted "fake bold" duplicates are already suppressed) but skips its text assembly: only the
 * positions matter here. Not thread-safe; one instance per document pass.
 */
final class GlyphStripper extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    private final CancelledWork.OperatorCounter cancellation = new CancelledWork.OperatorCounter();

    GlyphStripper() {
        setSortByPosition(false);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        cancellation.next();
        super.processOperator(operator, operands);
    }

    /** PDFBox forgives every error under a "Do" (a form); a cancellation must still end the page. */
    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        CancelledWork.rethrowIfCancelled(e);
        super.operatorException(operator, operands, e);
    }

    /** Glyphs of page {@code number} (1-based), in content-stream order. */
    List<Glyph> glyphs(PDDocument document, int number) throws IOException {
        glyphs.clear();
        setStartPage(number);
        setEndPage(number);
        writeText(document, Writer.nullWriter());
        return List.copyOf(glyphs);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
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
                        fontSize(t), isBold(t.getFont())));
            }
        }
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
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
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
