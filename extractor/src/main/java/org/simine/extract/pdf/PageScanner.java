package org.simine.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads each page's content stream once for every PDF consumer: the layout layer's glyphs
 * ({@link GlyphCollector}), PDFBox's own de-duplicated glyph list (which the table layer reads) and the page's
 * paths and images (to a {@link PathListener}, for ruling lines). Pages are visited in page-tree order, one
 * {@code processPage} each, never through an index (PDFTextStripper's page range walks the tree for every page).
 *
 * <p>The text side is PDFTextStripper's (font metrics, duplicate suppression, diacritics); the path operators are
 * implemented here like PDFBox's {@code PDFGraphicsStreamEngine} does, and colour operators are added so that the
 * listener knows the ink. The interrupt flag is checked every {@value CancelledWork#OPERATORS_BETWEEN_CHECKS}
 * operators: a cancelled read ends with an {@link InterruptedIOException}, even inside a runaway form.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
public final class PageScanner extends PDFTextStripper {
    /** What else a page is read for: its paths while it is read, and PDFBox's glyphs when it is done. */
    public interface PageListener {
        /** Ignores every page. */
        PageListener NONE = new PageListener() {
            @Override
            public boolean wantsText(List<TextPosition> drawn) {
                return false;
            }
        };

        /** @return where the page's paths go */
        default PathListener startPage(PDPage page, int number) {
            return PathListener.NONE;
        }

        /**
         * Whether {@link #endPage} needs the page's glyphs in PDFTextStripper's form, decided from the glyphs as
         * drawn (before duplicate suppression): saying no spares that work, and endPage then gets an empty list.
         */
        default boolean wantsText(List<TextPosition> drawn) {
            return true;
        }

        /**
         * @param textByArticle the page's glyphs as PDFTextStripper collects them: overprinted duplicates
         *                      suppressed, diacritics merged, ActualText applied, in content-stream order per
         *                      article (bead); empty when {@link #wantsText} said no
         */
        default void endPage(PDPage page, int number, List<List<TextPosition>> textByArticle) throws IOException {
        }
    }

    /** A marked-content boundary, kept to be replayed to PDFTextStripper in content order with the glyphs. */
    private record MarkedContent(COSName tag, COSDictionary properties) {
    }

    private static final Object END_OF_MARKED_CONTENT = new Object();

    private final GlyphCollector glyphs;
    private final CancelledWork.OperatorCounter cancellation = new CancelledWork.OperatorCounter();
    /** The page's glyphs and marked-content boundaries in content order, for PDFTextStripper at the page's end. */
    private final List<Object> pageEvents = new ArrayList<>();
    private final List<TextPosition> drawn = new ArrayList<>();
    /** Mirrors PDFTextStripper's ActualText state: which open marked-content sequences carry one, and whether. */
    private final Deque<Boolean> openActualText = new ArrayDeque<>();
    private boolean inActualText;
    private boolean pageHasActualText;
    private PageListener listener = PageListener.NONE;
    private PathListener paths = PathListener.NONE;
    private PDPage page;
    private int number;

    public PageScanner(GlyphMap glyphMap) {
        this.glyphs = new GlyphCollector(glyphMap);
        setSortByPosition(false);
        setStartPage(0); // pages are handed to processPage directly, which then sees page number 0
        addColourOperators();
        addPathOperators();
    }

    /**
     * Reads all pages (at most the document's page count, in page-tree order); call once per instance. The
     * document's resource cache is made to keep fonts from page to page (see {@link DocumentResourceCache}).
     *
     * @throws InterruptedIOException when the thread is interrupted
     * @throws IOException            when PDFBox cannot read a page
     */
    public PdfGlyphs scan(PDDocument pdf, PageListener pageListener) throws IOException {
        this.listener = pageListener;
        if (pdf.getResourceCache() != null && !(pdf.getResourceCache() instanceof DocumentResourceCache)) {
            pdf.setResourceCache(new DocumentResourceCache(pdf.getResourceCache())); // fonts parsed once per document
        }
        int count = pdf.getNumberOfPages();
        List<RawPage> pages = new ArrayList<>(count);
        for (PDPage next : pdf.getPages()) {
            if (pages.size() == count) {
                break;
            }
            CancelledWork.check();
            pages.add(scan(next, pages.size() + 1));
        }
        while (pages.size() < count) { // a page tree that yields fewer pages than it counts
            pages.add(GlyphCollector.emptyPage(pdf.getPage(pages.size()), pages.size() + 1));
        }
        return new PdfGlyphs(pages, glyphs.unrecovered());
    }

    private RawPage scan(PDPage next, int pageNumber) throws IOException {
        page = next;
        number = pageNumber;
        paths = listener.startPage(page, number);
        if (!page.hasContents()) {
            listener.endPage(page, number, List.of());
            return GlyphCollector.emptyPage(page, number);
        }
        glyphs.startPage();
        pageEvents.clear();
        drawn.clear();
        pageHasActualText = inActualText;
        processPage(page); // PDFTextStripper: content stream, then writePage()
        return glyphs.endPage(page, number);
    }

    /**
     * PDFTextStripper's glyph list (its duplicate suppression is a tenth of the reading time) is built only for
     * pages the listener wants: the page's glyphs and marked-content boundaries are replayed to it in content
     * order, which is all its state depends on. A page with ActualText is always replayed, since that text
     * changes what the glyphs say. Other pages replay only the boundaries, so that the state carries on.
     */
    @Override
    protected void writePage() throws IOException {
        boolean wanted = listener.wantsText(Collections.unmodifiableList(drawn)) || pageHasActualText;
        for (Object event : pageEvents) {
            if (event instanceof TextPosition text) {
                if (wanted) {
                    super.processTextPosition(text);
                }
            } else if (event instanceof MarkedContent begin) {
                super.beginMarkedContentSequence(begin.tag(), begin.properties());
                inActualText = PDMarkedContent.create(begin.tag(), begin.properties()).getActualText() != null;
                openActualText.push(inActualText);
            } else {
                super.endMarkedContentSequence();
                if (!openActualText.isEmpty() && openActualText.pop()) {
                    inActualText = false;
                }
            }
        }
        pageEvents.clear();
        drawn.clear();
        listener.endPage(page, number, wanted ? getCharactersByArticle() : List.of());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        // The layout's copy, taken before PDFTextStripper may rewrite the text; glyphs clipped away are not kept.
        glyphs.add(text, getGraphicsState().getCurrentClippingPath());
        drawn.add(text);
        pageEvents.add(text);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        pageEvents.add(new MarkedContent(tag, properties));
        pageHasActualText |= PDMarkedContent.create(tag, properties).getActualText() != null;
    }

    @Override
    public void endMarkedContentSequence() {
        pageEvents.add(END_OF_MARKED_CONTENT);
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

    private void addColourOperators() {
        for (OperatorProcessor colour : List.of(new SetStrokingColorSpace(this), new SetNonStrokingColorSpace(this),
                new SetStrokingColor(this), new SetNonStrokingColor(this), new SetStrokingColorN(this),
                new SetNonStrokingColorN(this), new SetStrokingDeviceGrayColor(this),
                new SetNonStrokingDeviceGrayColor(this), new SetStrokingDeviceRGBColor(this),
                new SetNonStrokingDeviceRGBColor(this), new SetStrokingDeviceCMYKColor(this),
                new SetNonStrokingDeviceCMYKColor(this))) {
            // The colour only tells ink from white: a colour space PDFBox cannot build must not cost the text.
            addOperator(new Op(colour.getName(), 0, false, (op, operands) -> {
                try {
                    colour.process(op, operands);
                } catch (InterruptedIOException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    // keep the previous colour
                }
            }));
        }
    }

    /** Path construction and painting as PDFBox's PDFGraphicsStreamEngine reads them, operand checks included. */
    private void addPathOperators() {
        addOperator(new Op("m", 2, false, (op, o) -> {
            if (o.get(0) instanceof COSNumber && o.get(1) instanceof COSNumber) {
                Point2D.Float p = point(o, 0);
                paths.moveTo(p.x, p.y);
            }
        }));
        addOperator(new Op("l", 2, false, (op, o) -> {
            if (o.get(0) instanceof COSNumber && o.get(1) instanceof COSNumber) {
                Point2D.Float p = point(o, 0);
                paths.lineTo(p.x, p.y);
            }
        }));
        addOperator(new Op("c", 6, true, (op, o) -> curveTo(point(o, 4))));
        addOperator(new Op("v", 4, true, (op, o) -> curveTo(point(o, 2))));
        addOperator(new Op("y", 4, true, (op, o) -> curveTo(point(o, 2))));
        addOperator(new Op("h", 0, false, (op, o) -> paths.closePath()));
        addOperator(new Op("re", 4, true, (op, o) -> {
            float x = number(o, 0);
            float y = number(o, 1);
            float x2 = number(o, 2) + x;
            float y2 = number(o, 3) + y;
            paths.appendRectangle(transformedPoint(x, y), transformedPoint(x2, y), transformedPoint(x2, y2),
                    transformedPoint(x, y2));
        }));
        addOperator(new Op("n", 0, false, (op, o) -> paths.endPath()));
        addOperator(new Op("S", 0, false, (op, o) -> paths.strokePath(getGraphicsState().getStrokingColor())));
        addOperator(new Op("s", 0, false, (op, o) -> {
            processOperator("h", o);
            processOperator("S", o);
        }));
        for (String fill : List.of("f", "F", "f*")) {
            addOperator(new Op(fill, 0, false, (op, o) -> paths.fillPath(getGraphicsState().getNonStrokingColor())));
        }
        for (String fillStroke : List.of("B", "B*")) {
            addOperator(new Op(fillStroke, 0, false, (op, o) -> paths.fillAndStrokePath(
                    getGraphicsState().getNonStrokingColor(), getGraphicsState().getStrokingColor())));
            addOperator(new Op(fillStroke.toLowerCase(java.util.Locale.ROOT), 0, false, (op, o) -> {
                processOperator("h", o);
                processOperator(fillStroke, o);
            }));
        }
        addOperator(new Op("BI", 0, false, (op, o) -> inlineImage(op)));
        DrawObject forms = new DrawObject(this); // PDFTextStripper's "Do": forms are read, images skipped
        addOperator(new Op("Do", 0, false, (op, o) -> {
            PDResources resources = getResources();
            if (!o.isEmpty() && o.get(0) instanceof COSName name && resources != null
                    && resources.isImageXObject(name)) {
                paths.drawImage(getGraphicsState().getCurrentTransformationMatrix());
            }
            forms.process(op, o);
        }));
    }

    private void curveTo(Point2D.Float end) {
        paths.curveTo(end.x, end.y);
    }

    private void inlineImage(Operator operator) throws IOException {
        if (operator.getImageData() == null || operator.getImageData().length == 0) {
            return;
        }
        try {
            if (new PDInlineImage(operator.getImageParameters(), operator.getImageData(), getResources()).isEmpty()) {
                return;
            }
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return; // an image that cannot be decoded draws no rule
        }
        paths.drawImage(getGraphicsState().getCurrentTransformationMatrix());
    }

    private Point2D.Float point(List<COSBase> operands, int first) {
        return transformedPoint(number(operands, first), number(operands, first + 1));
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }

    private interface OperandAction {
        void run(Operator operator, List<COSBase> operands) throws IOException;
    }

    /** One content-stream operator: at least {@code operands} operands, all numbers when {@code numbers}. */
    private final class Op extends OperatorProcessor {
        private final String name;
        private final int operands;
        private final boolean numbers;
        private final OperandAction action;

        Op(String name, int operands, boolean numbers, OperandAction action) {
            super(PageScanner.this);
            this.name = name;
            this.operands = operands;
            this.numbers = numbers;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> arguments) throws IOException {
            if (arguments.size() < operands) {
                throw new MissingOperandException(operator, arguments);
            }
            if (numbers && !checkArrayTypesClass(arguments, COSNumber.class)) {
                return;
            }
            action.run(operator, arguments);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
