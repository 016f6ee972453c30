package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables drawn with PDFBox in the test itself, so every rule and glyph position is known: a fully ruled
 * grid (drawn under a translated CTM, with a column-spanning and two row-spanning header cells, a
 * superscript and a two-line cell), a booktabs table (filled thin rules, no verticals, a wrapped first cell
 * and a continuation line), and running text that mentions "Table 1 shows" without being a caption.
 */
class SyntheticTablesTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static List<Table> tables;

    @BeforeAll
    static void draw() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, BOLD, 9, 72, 740, "Table 1.");
                text(cs, HELVETICA, 9, 110, 740, "Synthetic ruled table");
                ruledGrid(cs);
                text(cs, HELVETICA, 10, 72, 560, "Table 1 shows the ruled grid and Table 2 the booktabs one.");
                booktabs(cs);
            }
            tables = new TableExtractor().extract(doc);
        }
    }

    /** Columns at x 72|172|272|372|472 (page space), rows 730|715|700|685|655; drawn shifted by the CTM. */
    private static void ruledGrid(PDPageContentStream cs) throws IOException {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(10, -5)); // rules below are written 10 pt left of and 5 pt above their place
        cs.setLineWidth(0.5f);
        line(cs, 62, 735, 462, 735);            // top
        line(cs, 162, 720, 362, 720);           // under "Properties" only: the other header cells span two rows
        line(cs, 62, 705, 462, 705);            // under the header
        line(cs, 62, 690, 462, 690);
        line(cs, 62, 660, 462, 660);            // bottom
        for (double x : new double[] {62, 162, 362, 462}) {
            line(cs, x, 735, x, 660);
        }
        line(cs, 262, 720, 262, 660);           // no rule between the two "Properties" columns in row 1
        cs.restoreGraphicsState();
        text(cs, HELVETICA, 8, 76, 717, "Sample");
        text(cs, HELVETICA, 8, 240, 724, "Properties");
        text(cs, HELVETICA, 8, 376, 717, "Ref.");
        text(cs, HELVETICA, 8, 176, 709, "Rct (Ohm)");
        text(cs, HELVETICA, 8, 276, 709, "D (cm2/s)");
        text(cs, HELVETICA, 8, 76, 694, "Si NP");
        text(cs, HELVETICA, 8, 176, 694, "59");
        text(cs, HELVETICA, 8, 276, 694, "1.9\u00D710");
        text(cs, HELVETICA, 5.5f, 276 + HELVETICA.getStringWidth("1.9\u00D710") / 1000 * 8, 697, "-13");
        text(cs, HELVETICA, 8, 376, 694, "64");
        text(cs, HELVETICA, 8, 76, 677, "Si nanowire");
        text(cs, HELVETICA, 8, 76, 667, "arrays");
        text(cs, HELVETICA, 8, 176, 672, "40.3");
        text(cs, HELVETICA, 8, 276, 672, "");
        text(cs, HELVETICA, 8, 376, 672, "65");
    }

    /** Rules as filled thin rectangles at y 540 (top), 522 (mid), 470 (bottom), x 72..400. */
    private static void booktabs(PDPageContentStream cs) throws IOException {
        text(cs, BOLD, 9, 72, 550, "Table 2:");
        text(cs, HELVETICA, 9, 112, 550, "Booktabs style");
        rule(cs, 540, 0.8f);
        text(cs, HELVETICA, 8, 74, 528, "Material");
        text(cs, HELVETICA, 8, 200, 528, "Capacity (mAh/g)");
        text(cs, HELVETICA, 8, 320, 528, "Retention");
        rule(cs, 522, 0.4f);
        text(cs, HELVETICA, 8, 74, 512, "Si@C");
        text(cs, HELVETICA, 8, 200, 512, "1200");
        text(cs, HELVETICA, 8, 320, 512, "85%");
        text(cs, HELVETICA, 8, 74, 502, "Si/graphite");
        text(cs, HELVETICA, 8, 200, 502, "980");
        text(cs, HELVETICA, 8, 320, 502, "90%");
        text(cs, HELVETICA, 8, 74, 492, "composite");
        text(cs, HELVETICA, 8, 74, 482, "Si");
        text(cs, HELVETICA, 8, 200, 482, "3500");
        text(cs, HELVETICA, 8, 320, 482, "30%");
        text(cs, HELVETICA, 8, 320, 474, "(at 1C)");
        rule(cs, 470, 0.8f);
    }

    @Test
    void findsBothCaptionedTablesAndNoMention() {
        assertEquals(List.of("1", "2"), tables.stream().map(Table::label).toList());
        assertEquals("Synthetic ruled table", tables.get(0).caption());
        assertEquals("Booktabs style", tables.get(1).caption());
    }

    @Test
    void ruledGridKeepsSpansMultiLineCellsAndScripts() {
        Table t = tables.get(0);
        assertEquals(4, t.columnCount());
        assertEquals(List.of(List.of("Sample", "Properties", "", "Ref."), List.of("", "Rct (Ohm)", "D (cm2/s)", "")),
                Table.grid(t.headerRows(), 4));
        assertEquals(List.of(List.of("Si NP", "59", "1.9\u00D710-13", "64"), List.of("Si nanowire arrays", "40.3", "", "65")),
                Table.grid(t.bodyRows(), 4));
        Table.Cell properties = t.headerRows().get(0).get(1);
        assertEquals(2, properties.columnSpan());
        assertEquals(2, t.headerRows().get(0).get(0).rowSpan());
        Table.Box box = t.bodyRows().get(0).get(0).box();
        assertEquals(72, box.x0(), 0.5, "the CTM's translation is applied to the rules");
        assertEquals(792 - 700, box.y0(), 0.5);
    }

    @Test
    void booktabsColumnsComeFromTextAlignment() {
        Table t = tables.get(1);
        assertEquals(List.of(List.of("Material", "Capacity (mAh/g)", "Retention")), Table.grid(t.headerRows(), 3));
        assertEquals(List.of(List.of("Si@C", "1200", "85%"), List.of("Si/graphite composite", "980", "90%"),
                List.of("Si", "3500", "30% (at 1C)")), Table.grid(t.bodyRows(), 3));
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, double x, double y, String s)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset((float) x, (float) y);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, double x0, double y0, double x1, double y1) throws IOException {
        cs.moveTo((float) x0, (float) y0);
        cs.lineTo((float) x1, (float) y1);
        cs.stroke();
    }

    private static void rule(PDPageContentStream cs, double y, float thickness) throws IOException {
        cs.addRect(72, (float) y, 328, thickness);
        cs.fill();
    }
}
