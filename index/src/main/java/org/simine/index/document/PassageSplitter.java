package org.simine.index.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cuts page texts into paragraph-sized passages with their page and section.
 *
 * <p>PDF text rarely keeps blank lines between paragraphs, so a passage ends at a blank line, at a section
 * heading, at a sentence end once it has reached {@link #TARGET_CHARS}, or hard at {@link #MAX_CHARS}. Passages
 * never cross a page, so each has one exact page number. Headings are recognised by shape (a short numbered
 * line without a final full stop, or a standard name such as "Conclusions") and become the section of what
 * follows, across pages.
 */
public final class PassageSplitter {
    static final int TARGET_CHARS = 700;
    static final int MAX_CHARS = 1500;
    /** A shorter piece joins the passage before it on the same page and in the same section. */
    static final int MIN_CHARS = 60;

    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\p{Lu}\\p{L}+[\\p{L}\\p{N} ,:;()'’+\\-–/&]{0,90}");
    private static final Pattern NAMED_HEADING = Pattern.compile("(?i)(?:\\d{1,2}\\.?\\s+)?(?:abstract|introduction"
            + "|experimental(?: section| methods)?|materials and methods|methods|results(?: and discussion)?"
            + "|discussion|conclusions?|summary and outlook|outlook|acknowledge?ments?|references|notes and references"
            + "|author contributions|conflicts? of interest|data availability(?: statement)?)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?](?:[\"”’)\\]])?$");

    private PassageSplitter() {
    }

    public static List<Passage> split(String docId, List<PageText> pages) {
        List<Passage> out = new ArrayList<>();
        String section = null;
        for (PageText page : pages) {
            StringBuilder current = new StringBuilder();
            int firstOfPage = out.size();
            for (String rawLine : page.text().split("\n")) {
                String line = rawLine.strip();
                if (line.isEmpty()) {
                    flush(out, current, docId, page.number(), section, firstOfPage);
                } else if (isHeading(line)) {
                    flush(out, current, docId, page.number(), section, firstOfPage);
                    section = line;
                } else {
                    if (!current.isEmpty()) {
                        current.append(' ');
                    }
                    current.append(line);
                    boolean longEnough = current.length() >= TARGET_CHARS && SENTENCE_END.matcher(line).matches();
                    if (longEnough || current.length() >= MAX_CHARS) {
                        flush(out, current, docId, page.number(), section, firstOfPage);
                    }
                }
            }
            flush(out, current, docId, page.number(), section, firstOfPage);
        }
        return out;
    }

    static boolean isHeading(String line) {
        if (line.length() > 100 || line.endsWith(".")) {
            return false;
        }
        return NAMED_HEADING.matcher(line).matches()
                || (NUMBERED_HEADING.matcher(line).matches() && line.split("\\s+").length <= 14);
    }

    private static void flush(List<Passage> out, StringBuilder current, String docId, Integer page, String section,
                              int firstOfPage) {
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        if (text.length() < MIN_CHARS && last >= firstOfPage && out.get(last).text().length() < MAX_CHARS
                && Objects.equals(out.get(last).section(), section)) {
            Passage previous = out.get(last);
            out.set(last, new Passage(docId, previous.ordinal(), page, previous.section(),
                    previous.text() + " " + text));
            return;
        }
        out.add(new Passage(docId, out.size(), page, section, text));
    }
}
