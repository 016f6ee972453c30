package org.simine.extract.read.markup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.InputException;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.pdf.Box;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentIds;
import org.simine.extract.read.DocumentInfo;
import org.simine.extract.read.Page;
import org.simine.extract.read.TextNormaliser;
import org.simine.extract.table.Table;

/**
 * Assembles a markup document: running-text blocks (title, headings, paragraphs) in document order, then the
 * floats (figure and table captions, table footnotes), each normalised on its own ({@link TextNormaliser}) and
 * joined by a blank line into the one page's text; the tables; the metadata. Not thread-safe; one per document.
 */
final class MarkupDocumentBuilder {
    /** Markup blocks have no place on a page. */
    static final Box NO_BOX = new Box(0, 0, 0, 0);
    private static final String SEPARATOR = "\n\n";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2\\d\\d\\d)(?!\\d)");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private record Pending(BlockKind kind, String text, String section) {
    }

    private final List<Pending> flow = new ArrayList<>();
    private final List<Pending> floats = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private String section;

    /** The section heading that later blocks belong to ({@code "2.1 Materials"}), or null. */
    void section(String heading) {
        section = heading == null ? null : clean(heading);
    }

    String section() {
        return section;
    }

    void title(String text) {
        add(flow, BlockKind.TITLE, text);
    }

    /** A heading: names the section of what follows. */
    void heading(String text) {
        section(text);
        add(flow, BlockKind.HEADING, text);
    }

    void paragraph(String text) {
        add(flow, BlockKind.PARAGRAPH, text);
    }

    void figureCaption(String text) {
        add(floats, BlockKind.FIGURE_CAPTION, text, section);
    }

    void tableCaption(String text) {
        add(floats, BlockKind.TABLE_CAPTION, text, section);
    }

    /** Table footnotes and other small print: mined, after the running text. */
    void aside(String text) {
        add(floats, BlockKind.ASIDE, text, section);
    }

    /** A float placed after the running text but belonging to section {@code in} (where it is cited or sits). */
    void floatBlock(BlockKind kind, String text, String in) {
        add(floats, kind, text, in == null ? null : clean(in));
    }

    void table(Table table) {
        tables.add(table);
    }

    boolean hasRunningText() {
        return flow.stream().anyMatch(p -> p.kind() == BlockKind.PARAGRAPH);
    }

    private void add(List<Pending> to, BlockKind kind, String raw) {
        add(to, kind, raw, section);
    }

    private void add(List<Pending> to, BlockKind kind, String raw, String in) {
        String text = clean(raw);
        if (!text.isEmpty()) {
            to.add(new Pending(kind, text, in));
        }
    }

    /** One line of normalised text: markup white space is layout, never a paragraph break. */
    static String clean(String raw) {
        return TextNormaliser.normalise(raw.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).strip();
    }

    /**
     * @param doi the DOI from the markup's metadata, or null; it becomes the document id (lower-cased)
     */
    Document build(Path file, String title, String doi, DocumentInfo info) throws InputException {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Pending> all = new ArrayList<>(flow);
        all.addAll(floats);
        for (Pending p : all) {
            if (text.length() > 0) {
                text.append(SEPARATOR);
            }
            int start = text.length();
            text.append(p.text());
            blocks.add(new Block(p.kind(), p.text(), NO_BOX, p.section(), start, text.length()));
        }
        String cleanDoi = doi(doi);
        String id;
        try {
            id = cleanDoi != null ? cleanDoi : DocumentIds.sha256(file);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        String cleanTitle = title == null || clean(title).isEmpty() ? null : clean(title);
        return new Document(id, file, cleanTitle, cleanDoi, List.of(new Page(1, text.toString(), blocks)), false,
                Map.of(), tables, info);
    }

    /** The DOI in {@code s} ({@code doi:10.1/x}, {@code https://doi.org/10.1/x}), lower-cased, or null. */
    static String doi(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DOI.matcher(s.strip());
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    /** The first plausible year in a date ({@code 2001-11-30}, {@code 2012/01/31}), or null. */
    static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
