package org.simine.extract.read.markup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.read.DocumentInfo;
import org.simine.extract.read.DocumentReader;

/**
 * Publisher article HTML, read with jsoup (as XML when the page is XHTML, so {@code <span/>} closes): title, DOI,
 * journal and year from the {@code citation_*} meta tags (Highwire, as RSC, ACS, Wiley and others print them,
 * else Dublin Core); the article body from the abstract on (RSC: {@code .abstract}, {@code h2}/{@code h3} and
 * {@code .c_heading} headings, paragraphs as {@code p} or top-level {@code span}), figure captions
 * ({@code .image_table}), tables ({@code .table_caption} + {@code table}, {@code .table_footnote}), until the
 * references. Citation links ({@code href="#cit…"}, {@code .sup_ref}) are dropped. A page without an article body
 * (a login, landing or abstract page) is refused as UNSUPPORTED_TYPE rather than read as a paper.
 */
public final class HtmlArticleReader implements DocumentReader {
    private static final int MAX_DEPTH = 200;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "form", "button", "iframe", "svg", "img", "br", "hr", "input", "select", "textarea", "object", "video");
    private static final Pattern REFERENCES = Pattern.compile(
            "(?i)(notes and )?references?( and notes)?|bibliography|literature cited");
    /** Blocks that may sit inside a paragraph element and are not its text. */
    private static final String FLOATS = "div.image_table, div.table_caption, div.rtable__wrapper, div.table_footnote";
    private static final Pattern HEADING_CLASS = Pattern.compile("(?:^|\\s)[a-e]_heading(?:_indent)?(?:\\s|$)");

    @Override
    public Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    @Override
    public Document read(Path file, ExtractionLimits limits) throws InputException {
        org.jsoup.nodes.Document html = parse(file);
        // The page's own heading keeps the title's sub/superscripts, which meta tags flatten ("TiO 2").
        Element h1 = html.selectFirst("h1");
        String title = h1 != null && !h1.text().isBlank() ? inline(h1).toString().strip()
                : meta(html, "citation_title", "dc.title", "og:title")
                        .orElseGet(() -> html.title().isBlank() ? null : html.title());
        String doi = meta(html, "citation_doi", "dc.identifier", "prism.doi").map(MarkupDocumentBuilder::doi)
                .orElse(null);
        String journal = meta(html, "citation_journal_title", "prism.publicationname", "dc.source").orElse(null);
        Integer year = meta(html, "citation_publication_date", "citation_date", "citation_online_date", "dc.date")
                .map(MarkupDocumentBuilder::year).orElse(null);
        Walk walk = new Walk(file, limits);
        Optional<Element> start = start(html);
        if (start.isEmpty()) {
            throw notAnArticle(file);
        }
        if (title != null) {
            walk.out.title(title);
        }
        if (start.get().hasClass("abstract") && start.get().selectFirst("h1, h2, h3") == null) {
            walk.out.heading("Abstract");
        }
        walk.from(start.get());
        if (walk.paragraphs < 3) {
            throw notAnArticle(file);
        }
        return walk.out.build(file, title, doi, new DocumentInfo(DocumentFormat.HTML, journal, year));
    }

    private static InputException notAnArticle(Path file) {
        return InputException.unsupportedContent(file, "HTML page without an article body (a login, landing or "
                + "abstract page?); save the article's full-text page or its XML");
    }

    private static org.jsoup.nodes.Document parse(Path file) throws InputException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        boolean xhtml = start.stripLeading().startsWith("<?xml") && start.contains("http://www.w3.org/1999/xhtml");
        try (InputStream in = Files.newInputStream(file)) {
            return Jsoup.parse(in, null, "", xhtml ? Parser.xmlParser() : Parser.htmlParser());
        } catch (IOException | RuntimeException e) {
            throw InputException.unreadable(file, e);
        }
    }

    private static Optional<String> meta(org.jsoup.nodes.Document html, String... names) {
        for (String name : names) {
            for (Element m : html.select("meta")) {
                String key = m.hasAttr("name") ? m.attr("name") : m.attr("property");
                if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return Optional.of(m.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    /** Where the article starts: its abstract, else its first section heading, else an {@code <article>}. */
    private static Optional<Element> start(org.jsoup.nodes.Document html) {
        Element abs = html.selectFirst(".abstract, #abstract, section.abstract, div.abstract");
        if (abs != null) {
            return Optional.of(abs);
        }
        Element article = html.selectFirst("article, [role=main], main");
        if (article != null) {
            return Optional.of(article);
        }
        return Optional.ofNullable(html.selectFirst("h2"));
    }

    private static final class Walk {
        private final Path file;
        private final ExtractionLimits limits;
        private final MarkupDocumentBuilder out = new MarkupDocumentBuilder();
        private int paragraphs;
        private boolean done;

        Walk(Path file, ExtractionLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        /** Reads {@code start} and every sibling after it, then the following siblings of its ancestors. */
        void from(Element start) throws InputException {
            block(start, 0);
            for (Element at = start; at != null && !done; at = at.parent()) {
                for (Element next = at.nextElementSibling(); next != null && !done; next = next.nextElementSibling()) {
                    block(next, 0);
                }
                limits.checkNotCancelled(file);
            }
        }

        private void block(Element e, int depth) throws InputException {
            if (done || depth > MAX_DEPTH) {
                return;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.matches("h[1-6]") || HEADING_CLASS.matcher(e.className()).find()) {
                String heading = inline(e).toString().strip();
                if (REFERENCES.matcher(heading.replaceAll("[^A-Za-z ]", "").strip()).matches()) {
                    done = true;
                    return;
                }
                if (!tag.equals("h1")) {
                    out.heading(heading);
                }
                return;
            }
            if (e.hasClass("image_table") || tag.equals("figure")) {
                Element caption = e.selectFirst(".image_title, figcaption");
                if (caption != null) {
                    out.figureCaption(inline(caption).toString());
                }
                return;
            }
            if (e.hasClass("table_caption")) {
                pendingCaption = inline(e).toString().strip();
                return;
            }
            if (tag.equals("table") || e.hasClass("rtable__wrapper")) {
                Element table = tag.equals("table") ? e : e.selectFirst("table");
                if (table != null && table.selectFirst("td.eqn") == null && table.selectFirst(".imgHolder") == null) {
                    table(table);
                }
                return;
            }
            if (e.hasClass("table_footnote") || tag.equals("tfoot")) {
                out.aside(inline(e).toString());
                return;
            }
            if (tag.equals("ul") || tag.equals("ol")) {
                for (Element li : e.children()) {
                    paragraph(li);
                }
                return;
            }
            if (tag.equals("p") || tag.equals("span") || tag.equals("li") || tag.equals("blockquote")) {
                if (e.select("h1, h2, h3, h4, h5, h6, .abstract, [class~=_heading]").stream().allMatch(x -> x == e)) {
                    // A paragraph; figures and tables inside it follow it as blocks of their own.
                    paragraph(e);
                    for (Element inner : e.select(FLOATS)) {
                        block(inner, depth + 1);
                    }
                    return;
                }
            }
            // Containers (div, section, article …): their children are blocks.
            for (Element child : e.children()) {
                block(child, depth + 1);
            }
            limits.checkNotCancelled(file);
        }

        private String pendingCaption;

        private void paragraph(Element e) {
            String text = inline(e).toString();
            if (!text.isBlank()) {
                out.paragraph(text);
                paragraphs++;
            }
        }

        private void table(Element table) {
            String caption = pendingCaption == null ? "" : pendingCaption;
            pendingCaption = null;
            if (!caption.isEmpty()) {
                out.tableCaption(caption);
            }
            String label = null;
            String rest = caption;
            java.util.regex.Matcher m = Pattern.compile("^Table\\s+(\\S+?)[.:]?\\s+(.*)$", Pattern.DOTALL)
                    .matcher(caption);
            if (m.matches()) {
                label = m.group(1);
                rest = m.group(2);
            }
            List<List<GridTable.RawCell>> header = new ArrayList<>();
            List<List<GridTable.RawCell>> body = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                List<GridTable.RawCell> row = new ArrayList<>();
                boolean allTh = true;
                for (Element cell : tr.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    allTh &= cell.normalName().equals("th");
                    row.add(new GridTable.RawCell(inline(cell).toString().strip(), span(cell, "colspan"),
                            span(cell, "rowspan")));
                }
                if (row.isEmpty()) {
                    continue;
                }
                Element section = tr.parent();
                boolean inHead = section != null && section.normalName().equals("thead");
                if (inHead || (allTh && body.isEmpty())) {
                    header.add(row);
                } else {
                    body.add(row);
                }
            }
            if (header.isEmpty() && body.size() >= 2) {
                header.add(body.remove(0));
            }
            out.table(GridTable.of(label, rest, header, body));
            Element wrapper = table.closest(".rtable__wrapper");
            Element foot = wrapper == null ? null : wrapper.nextElementSibling();
            if (foot != null && foot.hasClass("table_footnote")) {
                out.aside(inline(foot).toString());
            }
        }

        private static int span(Element cell, String attribute) {
            try {
                return Integer.parseInt(cell.attr(attribute).strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** Inline text of an element: scripts marked, citation links and tables (equations) left out. */
    static Inline inline(Element e) {
        Inline out = new Inline();
        append(e, out, 0);
        return out;
    }

    private static void append(Element e, Inline out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                out.text(t.getWholeText());
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (isCitation(c)) {
                    out.citation();
                } else if (tag.equals("sup") || tag.equals("sub")) {
                    Inline inner = new Inline();
                    append(c, inner, depth + 1);
                    out.script(tag.equals("sup") ? '^' : '_', inner);
                } else if (tag.equals("br")) {
                    out.text(" ");
                } else if (tag.equals("p") || tag.equals("div") || tag.equals("li")) {
                    out.text(" ");
                    append(c, out, depth + 1);
                    out.text(" ");
                } else if (!SKIPPED.contains(tag) && !tag.equals("table") && !c.hasClass("table_footnote")
                        && !c.hasClass("image_table") && !c.hasClass("table_caption") && !c.hasClass("rtable__wrapper")) {
                    append(c, out, depth + 1);
                }
            }
        }
    }

    /** A link to the reference list or a reference-number superscript. */
    private static boolean isCitation(Element c) {
        String href = c.attr("href");
        return (c.normalName().equals("a") && (href.startsWith("#cit") || href.startsWith("#ref")
                || href.startsWith("#bib") || href.startsWith("#CR") || href.startsWith("#tab") && c.text().length() <= 2
                || c.attr("title").toLowerCase(Locale.ROOT).contains("navigate to reference")))
                || c.hasClass("sup_ref") || c.hasClass("xref-bibr");
    }
}
