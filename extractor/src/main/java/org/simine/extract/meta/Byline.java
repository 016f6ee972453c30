package org.simine.extract.meta;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.ScriptMarkup;

/**
 * Who wrote a paper and when, for naming it to people ("Jia et al., 2025"): the author line under the title on
 * the first page, else the file's own author metadata; the year of the first page's "Cite this", "Published",
 * "Accepted", "Received" or © line, else the year the markup's metadata states, else the file's creation year.
 *
 * @param authors the authors in printed order (empty when none was found)
 * @param year    the publication year, or null
 */
public record Byline(List<String> authors, Integer year) {
    public static final Byline NONE = new Byline(List.of(), null);

    /** A name: two to four capitalised words ("Pingshan Jia", "S. H. Moon", "Jean-Marie van der Berg" in part). */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\.?(?:[ \\u00a0]+(?:\\p{Lu}[\\p{L}'’-]*\\.?|van|von|de|der|den|da|di|du|le|la)){1,4}");
    /** Between names: commas with affiliation marks, "and", semicolons. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    /** Affiliation and footnote marks after a name: scripts, digits, daggers, stars, single letters. */
    private static final Pattern MARKS = Pattern.compile("[\\^_]\\{[^}]*}|[\\^_]\\S*|[*†‡§¶#∗]|\\b\\d+\\b");
    private static final Pattern DATED = Pattern.compile(
            "(?i)(cite this|published|accepted|received|available online|©|\\(c\\)|copyright)[^\\n]{0,80}?\\b((?:19[5-9]|20[0-4])\\d)\\b");
    /** Words that make a line of capitalised words something other than an author list. */
    private static final Pattern NOT_NAMES = Pattern.compile(
            "(?i)\\b(university|institute|department|laboratory|school|college|journal|received|accepted|abstract"
                    + "|keywords|introduction|article|letters?|sciences?|chemistry|energy|materials|elsevier|wiley"
                    + "|society|published|china|usa|korea|japan)\\b");

    public Byline {
        authors = List.copyOf(authors);
    }

    public String firstAuthor() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    public static Byline of(Document document) {
        List<String> authors = fromFirstPage(document);
        if (authors.isEmpty() && document.info().author() != null) {
            authors = names(document.info().author());
        }
        Integer year = printedYear(document);
        if (year == null) {
            year = document.info().year() != null ? document.info().year() : plausible(document.info().created());
        }
        return new Byline(authors, year);
    }

    /** The first of the three blocks after the title that reads as a list of names. */
    static List<String> fromFirstPage(Document document) {
        List<Block> blocks = document.pages().get(0).blocks();
        int title = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.TITLE) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            return List.of();
        }
        for (int i = title + 1; i < Math.min(blocks.size(), title + 4); i++) {
            String text = blocks.get(i).text();
            if (text.length() > 1500 || NOT_NAMES.matcher(text).find()) {
                continue;
            }
            List<String> names = names(text);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * The names of an author line, or none when a part of it is not a name: every part between separators must be
     * one name once its affiliation marks are removed.
     */
    static List<String> names(String line) {
        String plain = MARKS.matcher(line.replace('\n', ' ')).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(plain)) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (p.isEmpty() || p.matches("\\p{Ll}{1,2}")) {
                continue; // an affiliation letter left between commas ("Jia,^†,a")
            }
            Matcher m = NAME.matcher(p);
            if (!m.matches()) {
                return List.of();
            }
            out.add(ScriptMarkup.plain(p));
        }
        return out.size() >= 1 && line.length() < 40 * Math.max(1, out.size()) + 40 ? out : List.of();
    }

    private static Integer printedYear(Document document) {
        Integer best = null;
        for (Block b : document.pages().get(0).blocks()) {
            Matcher m = DATED.matcher(b.text());
            while (m.find()) {
                int y = Integer.parseInt(m.group(2));
                if (plausible(y) != null && (best == null || y > best)) {
                    best = y;
                }
            }
        }
        return best;
    }

    private static Integer plausible(Integer year) {
        return year != null && year >= 1950 && year <= Year.now().getValue() + 1 ? year : null;
    }
}
