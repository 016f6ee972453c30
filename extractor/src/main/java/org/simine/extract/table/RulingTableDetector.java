package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places a table by its horizontal rules: the first rule right below the caption (or right above it, for
 * a caption under its table) fixes the table's width (one column or the full page), and the rules of
 * that width that follow make up the table down to its bottom rule. This covers fully ruled grids and
 * booktabs tables alike; vertical rules inside the bounds are handed on for the grid.
 */
final class RulingTableDetector implements TableDetector {
    /** How far (points) the top rule may sit from its caption. */
    private static final double MAX_CAPTION_GAP = 36;
    private static final double MIN_TABLE_WIDTH = 60;
    /** A rule spanning this fraction of the top rule's width is a full rule (top, mid or bottom). */
    private static final double FULL_RULE = 0.9;

    @Override
    public Optional<TableRegion> detect(PageContent page, List<TextLine> lines, TableCaption caption,
                                        List<TableCaption> captions) {
        List<Ruling> horizontals = page.rulings().stream().filter(Ruling::isHorizontal)
                .filter(r -> r.length() >= MIN_TABLE_WIDTH).sorted(Comparator.comparingDouble(Ruling::y0)).toList();
        Optional<TableRegion> below = firstRuleBelow(horizontals, caption)
                .map(top -> chain(page, lines, caption, captions, top, true));
        if (below.isPresent()) {
            return below;
        }
        return firstRuleAbove(horizontals, caption).map(bottom -> chain(page, lines, caption, captions, bottom, false));
    }

    private static Optional<Ruling> firstRuleBelow(List<Ruling> horizontals, TableCaption caption) {
        Table.Box c = caption.bounds();
        return horizontals.stream()
                .filter(r -> r.y0() >= c.y1() - 1 && r.y0() - c.y1() <= MAX_CAPTION_GAP && under(r, c))
                .min(Comparator.comparingDouble(Ruling::y0));
    }

    private static Optional<Ruling> firstRuleAbove(List<Ruling> horizontals, TableCaption caption) {
        Table.Box c = caption.bounds();
        return horizontals.stream()
                .filter(r -> r.y0() <= c.y0() + 1 && c.y0() - r.y0() <= MAX_CAPTION_GAP && under(r, c))
                .max(Comparator.comparingDouble(Ruling::y0));
    }

    /** The rule and the caption share most of the narrower one's width. */
    private static boolean under(Ruling r, Table.Box c) {
        double overlap = Math.min(r.x1(), c.x1()) - Math.max(r.x0(), c.x0());
        return overlap >= 0.5 * Math.min(r.length(), c.x1() - c.x0());
    }

    /** The run of rules of the anchor's width, walking away from the caption. */
    private static TableRegion chain(PageContent page, List<TextLine> lines, TableCaption caption,
                                     List<TableCaption> captions, Ruling anchor, boolean downwards) {
        double x0 = anchor.x0();
        double x1 = anchor.x1();
        double width = x1 - x0;
        // rules within the anchor's width, and wider ones (a frame around an indented table) that end it
        List<Ruling> inside = page.rulings().stream().filter(Ruling::isHorizontal)
                .filter(r -> r.x0() >= x0 - 3 && r.x1() <= x1 + 3 || r.x0() <= x0 + 3 && r.x1() >= x1 - 3)
                .sorted(Comparator.comparingDouble(Ruling::y0)).toList();
        if (!downwards) {
            inside = new ArrayList<>(inside);
            Collections.reverse(inside);
        }
        double textSize = tableTextSize(lines, caption, x0, x1, anchor.y0(), inside, downwards);
        double lastFull = anchor.y0();
        double far = anchor.y0();
        for (Ruling r : inside) {
            double y = r.y0();
            boolean ahead = downwards ? y > far + 0.5 : y < far - 0.5;
            if (!ahead) {
                continue;
            }
            if (blocked(lines, captions, caption, x0, x1, lastFull, y, textSize)) {
                break;
            }
            far = y;
            if (r.length() >= FULL_RULE * width) {
                lastFull = y;
            }
            if (r.length() > width + 6) {
                break; // a frame wider than the table closes it
            }
        }
        double top = Math.min(anchor.y0(), lastFull);
        double bottom = Math.max(anchor.y0(), lastFull);
        List<Ruling> hs = inside.stream().filter(r -> r.y0() >= top - 0.5 && r.y0() <= bottom + 0.5)
                .sorted(Comparator.comparingDouble(Ruling::y0)).toList();
        List<Ruling> vs = page.rulings().stream().filter(Ruling::isVertical)
                .filter(r -> r.x0() >= x0 - 3 && r.x0() <= x1 + 3 && r.y1() > top + 1 && r.y0() < bottom - 1)
                .toList();
        return new TableRegion(caption, new Table.Box(x0, top, x1, bottom), hs, vs);
    }

    /**
     * Whether something between two rules shows that the second belongs to other content: another caption,
     * or a line of running text as wide as the table (table rows break into cells; notes inside a frame
     * are set smaller than the table text).
     */
    /**
     * The font size of the table's first text (between the anchor rule and the next rule), or the
     * caption's when there is none: running text is set at least this large, table notes smaller.
     */
    private static double tableTextSize(List<TextLine> lines, TableCaption caption, double x0, double x1,
                                        double anchor, List<Ruling> rules, boolean downwards) {
        double next = rules.stream().mapToDouble(Ruling::y0)
                .filter(y -> downwards ? y > anchor + 1.5 : y < anchor - 1.5)
                .reduce((a, b) -> downwards ? Math.min(a, b) : Math.max(a, b)).orElse(anchor);
        double a = Math.min(anchor, next);
        double b = Math.max(anchor, next);
        return lines.stream().filter(l -> l.baseline() > a && l.top() < b && l.x0() < x1 && l.x1() > x0)
                .mapToDouble(TextLine::fontSize).max().orElse(caption.fontSize());
    }

    private static boolean blocked(List<TextLine> lines, List<TableCaption> captions, TableCaption own, double x0,
                                   double x1, double from, double to, double textSize) {
        double a = Math.min(from, to);
        double b = Math.max(from, to);
        for (TableCaption c : captions) {
            if (c != own && c.bounds().y0() > a && c.bounds().y0() < b && c.bounds().x1() > x0 && c.bounds().x0() < x1) {
                return true;
            }
        }
        double width = x1 - x0;
        int longLines = 0;
        for (TextLine line : lines) {
            if (line.baseline() <= a || line.top() >= b) {
                continue;
            }
            for (TextLine phrase : line.chunks(1.0)) {
                if (phrase.x0() < x0 - 3 || phrase.x1() > x1 + 3 || phrase.fontSize() < 0.95 * textSize) {
                    continue;
                }
                double phraseWidth = phrase.x1() - phrase.x0();
                if (phraseWidth >= 0.85 * width) {
                    return true;
                }
                if (phraseWidth >= 0.4 * width && phrase.glyphs().size() >= 40) {
                    longLines++;
                    break;
                }
            }
        }
        return longLines >= 3; // paragraphs of a text column: table cells are rarely that long
    }
}
