package org.simine.extract.table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;

/**
 * The tables of a PDF document, read by {@link TableExtractor}; other formats give none.
 *
 * <p>It opens the file a second time (the text reader has closed its copy): a known cost, to go once the
 * document model carries its tables. Meanwhile only pages whose text has a caption's first word are parsed
 * again: a table needs a "Table N" caption, and most pages have none, so this skips most of a paper (and the second
 * opening altogether when no page qualifies).
 */
public final class PdfTableSource implements TableSource {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final TableExtractor extractor = new TableExtractor();

    @Override
    public List<Table> tables(Document document) throws InputException {
        String name = document.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf")) {
            return List.of();
        }
        Set<Integer> candidates = captionCandidates(document);
        return candidates.isEmpty() ? List.of() : extractor.extract(document.path(), candidates::contains);
    }

    /** Pages whose text could hold a table caption (see {@link #mayHoldCaption}). */
    static Set<Integer> captionCandidates(Document document) {
        Set<Integer> pages = new HashSet<>();
        for (Page page : document.pages()) {
            if (mayHoldCaption(page.text())) {
                pages.add(page.number());
            }
        }
        return pages;
    }

    /**
     * Whether a page's text has the start of a caption as {@link CaptionFinder} reads one ("Table", "TABLE",
     * "Tab.", case as written) once white space is dropped, so that letter-spaced "T A B L E" counts too. Running
     * text's "stable" or "notable" does not: those pages made up most of the second parse.
     */
    static boolean mayHoldCaption(String text) {
        String squeezed = WHITE_SPACE.matcher(text).replaceAll("");
        return squeezed.contains("Tab") || squeezed.contains("TAB");
    }
}
