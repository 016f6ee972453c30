package org.simine.extract.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Layout analysis of a whole PDF: glyphs ({@link PageScanner}, {@link GlyphCollector}) → runs → headers, footers and page numbers
 * ({@link MarginDetector}) → columns ({@link ColumnSplitter}) → lines with scripts ({@link LineBuilder},
 * {@link LineText}) → blocks ({@link BlockBuilder}) → sections and references across pages.
 *
 * <p>Page text order: the running text (title, headings, paragraphs) in reading order; a paragraph cut by a
 * column break or a float continues with {@link LayoutBlock.Join#LINE} or {@link LayoutBlock.Join#GLUED}; then
 * captions and asides; then dropped blocks. Stateless and thread-safe.
 */
public final class PdfLayoutReader {
    private static final Pattern REFERENCES = Pattern.compile(
            "(?i)(notes\\s*and\\s*)?(references?|bibliography|literature\\s*cited|works\\s*cited)(\\s*and\\s*notes)?");
    private static final Pattern AFTER_REFERENCES = Pattern.compile(
            "(?i).*(appendix|supplementary|supporting\\s*information|biograph).*");
    private static final double TITLE_SIZE = 1.3;

    private final GlyphMap glyphMap;
    private final RegionMask mask;

    public PdfLayoutReader() {
        this(GlyphMap.load(), RegionMask.none());
    }

    public PdfLayoutReader(GlyphMap glyphMap, RegionMask mask) {
        this.glyphMap = glyphMap;
        this.mask = mask;
    }

    /** Lays out pages already read by a {@link PageScanner}. */
    public PdfLayout read(PdfGlyphs glyphs) {
        List<RawPage> raw = glyphs.pages();
        List<List<Run>> runs = new ArrayList<>();
        for (RawPage page : raw) {
            runs.add(RunBuilder.build(page.glyphs()));
        }
        Map<Run, BlockKind> margins = MarginDetector.classify(raw, runs);
        List<PageParts> parts = new ArrayList<>();
        List<TextLine> allLines = new ArrayList<>();
        for (int p = 0; p < raw.size(); p++) {
            PageParts page = pageParts(raw.get(p), runs.get(p), margins, mask.regions(p + 1));
            parts.add(page);
            page.regions.forEach(allLines::addAll);
        }
        double bodySize = bodySize(allLines);
        BlockBuilder builder = new BlockBuilder(bodySize, Hyphenation.of(allLines));
        List<List<LayoutBlock>> readingOrder = new ArrayList<>();
        for (PageParts page : parts) {
            List<LayoutBlock> blocks = new ArrayList<>();
            for (List<TextLine> region : page.regions) {
                blocks.addAll(builder.blocks(page.raw.number(), region));
            }
            readingOrder.add(blocks);
        }
        readingOrder.forEach(PdfLayoutReader::demoteLoneHeadings);
        String title = markTitle(readingOrder, bodySize);
        assignSectionsAndReferences(readingOrder);
        List<PageLayout> pages = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            PageParts page = parts.get(p);
            List<LayoutBlock> ordered = order(readingOrder.get(p), builder);
            ordered.addAll(page.dropped);
            pages.add(new PageLayout(page.raw.number(), page.raw.width(), page.raw.height(), ordered));
        }
        return new PdfLayout(pages, title, glyphs.unrecovered());
    }

    private record PageParts(RawPage raw, List<List<TextLine>> regions, List<LayoutBlock> dropped) {
    }

    private static PageParts pageParts(RawPage page, List<Run> runs, Map<Run, BlockKind> margins, List<Box> masked) {
        List<LayoutBlock> dropped = new ArrayList<>();
        List<Run> body = new ArrayList<>();
        Map<BlockKind, List<Run>> marginRuns = new EnumMap<>(BlockKind.class); // fixed order, unlike a HashMap
        List<List<Run>> maskedRuns = new ArrayList<>();
        masked.forEach(b -> maskedRuns.add(new ArrayList<>()));
        for (Run r : runs) {
            BlockKind kind = margins.get(r);
            int region = regionOf(r, masked);
            if (kind != null) {
                marginRuns.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
            } else if (region >= 0) {
                maskedRuns.get(region).add(r);
            } else {
                body.add(r);
            }
        }
        for (Map.Entry<BlockKind, List<Run>> e : marginRuns.entrySet()) {
            dropped.add(simpleBlock(e.getKey(), page.number(), e.getValue()));
        }
        for (List<Run> table : maskedRuns) {
            if (!table.isEmpty()) {
                dropped.add(simpleBlock(BlockKind.TABLE, page.number(), table));
            }
        }
        List<Run> rotated = RunBuilder.build(page.rotated());
        if (!rotated.isEmpty()) {
            dropped.add(simpleBlock(BlockKind.MARGIN, page.number(), rotated));
        }
        double em = body.isEmpty() ? 10 : bodyEm(body);
        List<List<TextLine>> regions = new ArrayList<>();
        for (List<Run> region : ColumnSplitter.regions(body, em)) {
            regions.add(LineBuilder.build(region));
        }
        return new PageParts(page, regions, dropped);
    }

    /** {@link LineText#dominantSize} of all the runs' glyphs. */
    private static double bodyEm(List<Run> body) {
        DominantSize sizes = new DominantSize();
        for (Run r : body) {
            r.glyphs().forEach(sizes::add);
        }
        return sizes.size(body.get(0).glyphs().get(0).size());
    }

    private static int regionOf(Run r, List<Box> masked) {
        for (int i = 0; i < masked.size(); i++) {
            if (masked.get(i).contains(r.box().centerX(), r.box().centerY())) {
                return i;
            }
        }
        return -1;
    }

    /** Lines of runs as one block of the given kind (headers, masked tables, margin stamps). */
    private static LayoutBlock simpleBlock(BlockKind kind, int page, List<Run> runs) {
        List<TextLine> lines = LineBuilder.build(runs);
        StringBuilder text = new StringBuilder();
        Box box = lines.get(0).box();
        for (TextLine l : lines) {
            text.append(text.length() == 0 ? "" : "\n").append(l.text());
            box = box.union(l.box());
        }
        return new LayoutBlock(kind, text.toString(), page, box, null, lines.get(0).size(), LayoutBlock.Join.PARAGRAPH);
    }

    /** The font size of most text, weighted by characters. */
    private static double bodySize(List<TextLine> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            counts.merge(Math.round(l.size() * 4), l.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 4.0).orElse(10.0);
    }

    /**
     * A heading introduces text: one that is not followed, directly or after one more heading, by a paragraph is
     * a label (of a plot, of a figure panel) and becomes an aside.
     */
    private static void demoteLoneHeadings(List<LayoutBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != BlockKind.HEADING) {
                continue;
            }
            boolean introduces = false;
            for (int j = i + 1; j < Math.min(blocks.size(), i + 3); j++) {
                BlockKind next = blocks.get(j).kind();
                if (next == BlockKind.PARAGRAPH || next == BlockKind.ASIDE && j == i + 1 && lastOnPage(blocks, j)) {
                    introduces = true;
                    break;
                }
                if (next != BlockKind.HEADING) {
                    break;
                }
            }
            if (!introduces && i + 1 < blocks.size()) {
                blocks.set(i, blocks.get(i).withKind(BlockKind.ASIDE));
            }
        }
    }

    private static boolean lastOnPage(List<LayoutBlock> blocks, int index) {
        return index == blocks.size() - 1;
    }

    /** The largest block on the first page, if clearly larger than the body text, is the title. */
    private static String markTitle(List<List<LayoutBlock>> pages, double bodySize) {
        if (pages.isEmpty()) {
            return null;
        }
        List<LayoutBlock> first = pages.get(0);
        int best = -1;
        for (int i = 0; i < first.size(); i++) {
            LayoutBlock b = first.get(i);
            if (b.fontSize() >= TITLE_SIZE * bodySize && b.text().length() >= 10
                    && (best < 0 || b.fontSize() > first.get(best).fontSize())) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        LayoutBlock title = first.get(best).withKind(BlockKind.TITLE);
        first.set(best, title);
        return title.text().replace('\n', ' ');
    }

    private static void assignSectionsAndReferences(List<List<LayoutBlock>> pages) {
        String section = null;
        boolean references = false;
        for (List<LayoutBlock> blocks : pages) {
            for (int i = 0; i < blocks.size(); i++) {
                LayoutBlock b = blocks.get(i);
                String letters = b.text().replaceAll("[^\\p{L}\\s]", "").strip();
                if (b.kind() == BlockKind.HEADING || REFERENCES.matcher(letters).matches()) {
                    if (REFERENCES.matcher(letters).matches()) {
                        references = true;
                        b = b.withKind(BlockKind.HEADING);
                    } else if (references && AFTER_REFERENCES.matcher(letters).matches()) {
                        references = false;
                    }
                    section = b.text().replace('\n', ' ').strip();
                } else if (references && b.kind().minable()) {
                    b = b.withKind(BlockKind.REFERENCE);
                }
                blocks.set(i, b.withSection(section));
            }
        }
    }

    /**
     * Running text first, floats after it; a paragraph that does not end a sentence continues in the next
     * running-text paragraph (the rest of the sentence after a column break or a float).
     */
    private static List<LayoutBlock> order(List<LayoutBlock> blocks, BlockBuilder builder) {
        List<LayoutBlock> flow = new ArrayList<>();
        List<LayoutBlock> floats = new ArrayList<>();
        List<LayoutBlock> dropped = new ArrayList<>();
        for (LayoutBlock b : blocks) {
            if (!b.kind().minable()) {
                dropped.add(b);
            } else {
                append(b.kind().flow() ? flow : floats, b, builder.hyphenation());
            }
        }
        List<LayoutBlock> out = new ArrayList<>(flow);
        out.addAll(floats);
        out.addAll(dropped);
        return out;
    }

    /** Appends a block; a paragraph or aside that continues an unfinished sentence of the same kind joins it. */
    private static void append(List<LayoutBlock> list, LayoutBlock b, Hyphenation hyphenation) {
        LayoutBlock previous = list.isEmpty() ? null : list.get(list.size() - 1);
        boolean continues = previous != null && previous.kind() == b.kind()
                && (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.ASIDE)
                && !BlockBuilder.SENTENCE_END.matcher(previous.text()).matches();
        if (continues && Hyphenation.endsWithHyphen(previous.text(), b.text())) {
            String joined = hyphenation.join(previous.text(), b.text());
            String head = joined.substring(0, joined.length() - b.text().length());
            list.set(list.size() - 1, previous.withText(head, previous.join()));
            b = b.withText(b.text(), LayoutBlock.Join.GLUED);
        } else if (continues) {
            b = b.withText(b.text(), LayoutBlock.Join.LINE);
        }
        list.add(b);
    }
}
