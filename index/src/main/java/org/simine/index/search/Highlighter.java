package org.simine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.simine.index.document.IndexField;

/**
 * Marks the words of a query, and the value's own text, in a snippet: {@code the **P-doped** Si … to **53.1 Ω**}.
 * The text is re-analysed with the index's analyser, so a word is marked exactly when it would match. Long texts
 * are cut to a window around the first mark, with an ellipsis on the cut sides.
 */
public final class Highlighter {
    public static final String OPEN = "**";
    public static final String CLOSE = "**";

    private final Analyzer analyzer;

    public Highlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private record Span(int start, int end) {
    }

    /**
     * @param terms    analysed query terms to mark
     * @param evidence literal text to mark as well (the record's raw value), or null
     * @param maxChars the longest snippet to return, marks not counted
     */
    public String highlight(String text, Set<String> terms, String evidence, int maxChars) {
        if (text == null) {
            return null;
        }
        List<Span> spans = merge(spans(text, terms, evidence));
        int from = 0;
        int to = text.length();
        if (to > maxChars) {
            int focus = spans.isEmpty() ? 0 : spans.get(0).start();
            from = Math.max(0, Math.min(focus - maxChars / 3, text.length() - maxChars));
            to = Math.min(text.length(), from + maxChars);
        }
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (Span s : spans) {
            if (s.start() < from || s.end() > to) {
                continue;
            }
            out.append(text, at, s.start()).append(OPEN).append(text, s.start(), s.end()).append(CLOSE);
            at = s.end();
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** True when some word of {@code text} is one of {@code terms}. */
    public boolean mentions(String text, Set<String> terms) {
        return text != null && !terms.isEmpty() && !spans(text, terms, null).isEmpty();
    }

    private List<Span> spans(String text, Set<String> terms, String evidence) {
        List<Span> spans = new ArrayList<>();
        if (evidence != null && !evidence.isEmpty()) {
            int i = text.indexOf(evidence);
            if (i >= 0) {
                spans.add(new Span(i, i + evidence.length()));
            }
        }
        if (terms.isEmpty()) {
            return spans;
        }
        try (TokenStream ts = analyzer.tokenStream(IndexField.RECORD_TEXT.fieldName(), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return spans;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
