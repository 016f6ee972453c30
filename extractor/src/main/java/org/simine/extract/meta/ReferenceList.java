package org.simine.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.extract.read.ScriptMarkup;

/**
 * A paper's numbered reference list, so that a table's "Ref." cell can name the paper it cites. The list is read
 * from the small print and reference blocks of the PDF layout: an entry starts a line with its number ("12 A. Li,
 * …", "[12] …", "12. …") and the numbers run 1, 2, 3, … in reading order, which is what tells a reference list from
 * other numbered lines. A DOI printed in an entry is kept. Publisher markup and plain text give no list here.
 */
public final class ReferenceList {
    /**
     * One entry.
     *
     * @param number its number in the list
     * @param text   the entry as printed, lines joined
     * @param doi    the DOI printed in it (lower-cased), or null
     */
    public record Reference(int number, String text, String doi) {
    }

    private static final Pattern START = Pattern.compile("(?m)^\\s*\\[?(\\d{1,4})[.\\])]?\\s+(?=\\S)");
    private static final Pattern DOI = Pattern.compile("(?i)\\b(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/[^\\s\"<>]+)");
    /** Fewer entries than this in a run is not a list (a numbered footnote or two). */
    static final int MIN_ENTRIES = 3;
    /** An entry longer than this swallowed text that is not a reference; it is cut. */
    static final int MAX_CHARS = 600;

    private ReferenceList() {
    }

    public static List<Reference> of(Document document) {
        StringBuilder text = new StringBuilder();
        for (Page page : document.pages()) {
            for (Block b : page.blocks()) {
                if (b.kind() == BlockKind.REFERENCE || b.kind() == BlockKind.ASIDE) {
                    text.append(b.text()).append('\n');
                }
            }
        }
        return parse(text.toString());
    }

    /** The longest run of entries numbered 1, 2, 3, … in {@code text}, or none. */
    static List<Reference> parse(String text) {
        List<int[]> starts = new ArrayList<>(); // {number, match start, text start}
        Matcher m = START.matcher(text);
        while (m.find()) {
            starts.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        }
        List<int[]> best = List.of();
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i)[0] != 1) {
                continue;
            }
            List<int[]> run = new ArrayList<>(List.of(starts.get(i)));
            for (int j = i + 1; j < starts.size(); j++) {
                if (starts.get(j)[0] == run.get(run.size() - 1)[0] + 1) {
                    run.add(starts.get(j));
                }
            }
            if (run.size() >= best.size()) { // equal runs: the later "1" is the list's, not a stray line
                best = run;
            }
        }
        if (best.size() < MIN_ENTRIES) {
            return List.of();
        }
        List<Reference> out = new ArrayList<>(best.size());
        for (int k = 0; k < best.size(); k++) {
            int from = best.get(k)[2];
            int to = k + 1 < best.size() ? best.get(k + 1)[1] : Math.min(text.length(), from + MAX_CHARS);
            String entry = ScriptMarkup.plain(text.substring(from, Math.min(to, from + MAX_CHARS)))
                    .replaceAll("\\s*\\n\\s*", " ").strip();
            Matcher doi = DOI.matcher(entry);
            String found = doi.find() ? doi.group(1).replaceAll("[.,;)\\]]+$", "").toLowerCase(Locale.ROOT) : null;
            out.add(new Reference(best.get(k)[0], entry, found));
        }
        return out;
    }
}
