package org.simine.extract.pdf;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;

/**
 * A short, stable description of how a PDF was laid out, for golden files: page count, unrecovered glyphs,
 * the section headings found (page and first {@value #MAX_HEADING} characters) and the caption labels found.
 */
final class LayoutSummary {
    static final int MAX_HEADING = 60;
    private static final Pattern LABEL = Pattern.compile(
            "^(Fig(?:ure)?s?\\.?|FIG(?:URE)?\\.?|Table|TABLE|Scheme|SCHEME)\\s*(S?\\d+[A-Za-z]?|[IVX]+)");

    private LayoutSummary() {
    }

    static String of(String name, Document d) {
        StringBuilder sections = new StringBuilder();
        StringBuilder tables = new StringBuilder();
        StringBuilder figures = new StringBuilder();
        int sectionCount = 0;
        int tableCount = 0;
        int figureCount = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (Page p : d.pages()) {
            for (Block b : p.blocks()) {
                kinds.merge(b.kind().name(), 1, Integer::sum);
                String line = b.text().replace('\n', ' ').strip();
                switch (b.kind()) {
                    case HEADING -> {
                        sectionCount++;
                        sections.append("  p").append(p.number()).append(" | ").append(cut(line)).append('\n');
                    }
                    case TABLE_CAPTION -> {
                        tableCount++;
                        tables.append("  p").append(p.number()).append(" | ").append(label(line)).append('\n');
                    }
                    case FIGURE_CAPTION -> {
                        figureCount++;
                        figures.append("  p").append(p.number()).append(" | ").append(label(line)).append('\n');
                    }
                    default -> {
                    }
                }
            }
        }
        return "file: " + name + "\n"
                + "pages: " + d.pages().size() + "\n"
                + "unrecovered glyphs: " + new TreeMap<>(d.unrecoveredGlyphs()) + "\n"
                + "blocks: " + kinds + "\n"
                + "sections: " + sectionCount + "\n" + sections
                + "table captions: " + tableCount + "\n" + tables
                + "figure captions: " + figureCount + "\n" + figures;
    }

    private static String cut(String text) {
        return text.length() <= MAX_HEADING ? text : text.substring(0, MAX_HEADING) + "…";
    }

    private static String label(String caption) {
        Matcher m = LABEL.matcher(caption);
        return m.find() ? m.group(1) + " " + m.group(2) : cut(caption);
    }
}
