package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.ScriptMarkup;
import org.w3c.dom.NodeList;

/**
 * Text coverage: every paragraph the publisher's markup holds (abstract, body, back matter, captions, table
 * footnotes; not references, not table cells) must be in the text {@code simine text} prints, i.e. the page text
 * whose blank-line separated blocks are its paragraphs. The markup's paragraphs are found here independently of
 * the readers (a plain DOM or jsoup select), and a paragraph counts as covered when one output paragraph holds at
 * least 95% of its words (three letters or more; citation numbers and sub/superscript positions aside).
 * Required: 99% of the paragraphs of each file.
 */
class MarkupCoverageTest {
    static final double REQUIRED = 0.99;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    static List<String> files() {
        return SharedXml.FILES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void atLeast99PercentOfTheMarkupParagraphsAreInTheText(String name) throws Exception {
        Path file = SharedXml.file(name);
        List<String> markup = name.endsWith(".html") ? htmlParagraphs(file) : xmlParagraphs(file);
        Document d = DocumentReaders.read(file);
        List<Set<String>> output = new ArrayList<>();
        for (String p : d.pages().get(0).text().split("\n\n")) {
            output.add(words(ScriptMarkup.plain(p)));
        }
        int total = 0;
        int covered = 0;
        List<String> missed = new ArrayList<>();
        for (String p : markup) {
            Set<String> words = words(p);
            if (words.isEmpty()) {
                continue;
            }
            total++;
            double best = output.stream().mapToDouble(o -> share(words, o)).max().orElse(0);
            if (best >= 0.95) {
                covered++;
            } else {
                missed.add(String.format(Locale.ROOT, "%.2f %s", best, p.length() > 160 ? p.substring(0, 160) : p));
            }
        }
        double coverage = total == 0 ? 1 : (double) covered / total;
        System.out.printf(Locale.ROOT, "coverage %s: %d of %d markup paragraphs (%.1f%%)%n", name, covered, total,
                100 * coverage);
        missed.forEach(m -> System.out.println("  not covered: " + m));
        assertTrue(total > 10, name + ": too few markup paragraphs found (" + total + ")");
        assertTrue(coverage >= REQUIRED, name + ": " + covered + "/" + total + " paragraphs in the text\n"
                + String.join("\n", missed));
    }

    private static double share(Set<String> words, Set<String> in) {
        int n = 0;
        for (String w : words) {
            if (in.contains(w)) {
                n++;
            }
        }
        return (double) n / words.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** JATS {@code p} and Elsevier {@code para}/{@code simple-para}/{@code note-para}, outside references and cells. */
    private static List<String> xmlParagraphs(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(file.toFile());
        List<String> out = new ArrayList<>();
        NodeList all = xml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            String n = e.getLocalName();
            boolean paragraph = n.equals("p") || n.equals("para") || n.equals("simple-para") || n.equals("note-para");
            if (paragraph && !inside(e, "ref-list", "bibliography", "td", "th", "entry", "coredata", "fn-group",
                    "item-toc", "graphical")) {
                out.add(ownText(e).replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }

    /** Elements inside a paragraph that are not its running text (counted on their own, or not text at all). */
    private static final Set<String> NOT_OWN_TEXT = Set.of("fig", "table-wrap", "disp-formula", "tex-math", "list",
            "display", "float-anchor", "inline-graphic", "graphic", "formula");

    /** The paragraph's text without nested floats, display formulas, TeX sources and lists. */
    private static String ownText(org.w3c.dom.Node n) {
        StringBuilder s = new StringBuilder();
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof org.w3c.dom.Element el) {
                if (!NOT_OWN_TEXT.contains(n(el))) {
                    s.append(ownText(el));
                }
            } else if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE || c.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                s.append(c.getNodeValue());
            }
        }
        return s.toString();
    }

    private static boolean inside(org.w3c.dom.Node e, String... names) {
        for (org.w3c.dom.Node p = e.getParentNode(); p != null; p = p.getParentNode()) {
            if (p instanceof org.w3c.dom.Element el) {
                for (String n : names) {
                    if (n.equals(el.getLocalName())) {
                        return true;
                    }
                }
                if (n(el).equals("abstract") && el.getAttribute("class").equals("graphical")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String n(org.w3c.dom.Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    /**
     * Article HTML: every {@code p}, and every {@code span} standing alone in a {@code div} (RSC's paragraphs),
     * from the abstract to the reference list.
     */
    private static List<String> htmlParagraphs(Path file) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(file.toFile(), "UTF-8", "", org.jsoup.parser.Parser.xmlParser());
        List<String> out = new ArrayList<>();
        boolean started = false;
        for (Element e : html.getAllElements()) {
            if (e.hasClass("abstract")) {
                started = true;
            }
            if (e.normalName().matches("h[2-4]") && e.text().strip().matches("(?i)(notes and )?references")) {
                break;
            }
            if (!started) {
                continue;
            }
            boolean paragraph = e.normalName().equals("p")
                    || (e.normalName().equals("span") && e.parent() != null && e.parent().normalName().equals("div")
                    && e.attributes().size() == 0);
            if (paragraph && e.closest("table") == null) {
                out.add(e.text());
            }
        }
        return out;
    }
}
