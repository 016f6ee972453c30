package org.simine.extract.read.markup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.read.DocumentInfo;
import org.simine.extract.read.DocumentReader;
import org.simine.extract.table.Table;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * JATS XML (Springer Nature's API, PubMed Central): {@code front/article-meta} for title, DOI, journal and year;
 * the abstract, {@code body/sec} with {@code title}/{@code label}, {@code p}, and {@code back} sections and
 * acknowledgements as running text; {@code fig} and {@code table-wrap} (wherever they sit) as captions, tables and
 * table footnotes. Citations ({@code xref ref-type="bibr"}) and table-footnote pointers are dropped; display
 * formulas are left out; inline MathML is read as text.
 */
public final class JatsXmlReader implements DocumentReader {
    private static final int MAX_DEPTH = 400;

    @Override
    public Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    @Override
    public Document read(Path file, ExtractionLimits limits) throws InputException {
        org.w3c.dom.Document xml = SafeXml.parse(file);
        Element article = Dom.first(xml, "article")
                .orElseThrow(() -> InputException.unsupportedContent(file, "XML without a JATS <article>"));
        return new Walk(file, limits).read(article);
    }

    private static final class Walk {
        private final Path file;
        private final ExtractionLimits limits;
        private final MarkupDocumentBuilder out = new MarkupDocumentBuilder();
        /** Float id → the section heading of the paragraph that first cites it. */
        private final java.util.Map<String, String> citedIn = new java.util.HashMap<>();

        Walk(Path file, ExtractionLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        Document read(Element article) throws InputException {
            Optional<Element> meta = Dom.first(article, "article-meta");
            String title = meta.flatMap(m -> Dom.first(m, "article-title")).map(t -> inline(t).toString()).orElse(null);
            String doi = meta.stream().flatMap(m -> Dom.children(m, "article-id").stream())
                    .filter(e -> e.getAttribute("pub-id-type").equals("doi")).map(Dom::text).findFirst().orElse(null);
            String journal = Dom.first(article, "journal-title").map(Dom::text).orElse(null);
            Integer year = meta.stream().flatMap(m -> Dom.children(m, "pub-date").stream())
                    .map(d -> Dom.child(d, "year").map(Dom::text).orElse(null))
                    .map(MarkupDocumentBuilder::year).filter(y -> y != null).findFirst().orElse(null);
            if (title != null) {
                out.title(title);
            }
            for (Element abs : meta.map(m -> Dom.children(m, "abstract")).orElse(List.of())) {
                if (abs.getAttribute("abstract-type").equals("graphical")) {
                    continue;
                }
                String heading = Dom.child(abs, "title").map(t -> inline(t).toString()).orElse("Abstract");
                out.heading(heading);
                container(abs, 0);
            }
            Optional<Element> body = Dom.child(article, "body");
            if (body.isPresent()) {
                container(body.get(), 0);
            }
            Optional<Element> back = Dom.child(article, "back");
            if (back.isPresent()) {
                for (Element e : Dom.children(back.get())) {
                    switch (Dom.name(e)) {
                        case "sec", "ack", "app", "notes", "glossary" -> section(e, 0);
                        case "app-group" -> {
                            for (Element app : Dom.children(e, "app")) {
                                section(app, 0);
                            }
                        }
                        default -> {
                            // references, footnote groups, notes: not running text
                        }
                    }
                    limits.checkNotCancelled(file);
                }
            }
            // Figures and tables, wherever they sit (inside paragraphs, between sections, in a floats group), in
            // document order after the running text.
            for (Element e : Dom.all(article, "*")) {
                if (Dom.name(e).equals("fig") || Dom.name(e).equals("table-wrap")) {
                    floatElement(e);
                }
            }
            if (!out.hasRunningText()) {
                throw InputException.unsupportedContent(file, "JATS article without running text (metadata only?)");
            }
            return out.build(file, title, doi, new DocumentInfo(DocumentFormat.JATS_XML, journal, year));
        }

        /** Paragraphs, sections and lists of a body, abstract or section, in order. */
        private void container(Element parent, int depth) throws InputException {
            if (depth > MAX_DEPTH) {
                return;
            }
            for (Element e : Dom.children(parent)) {
                switch (Dom.name(e)) {
                    case "p" -> paragraph(e, depth);
                    case "sec" -> {
                        String outer = out.section();
                        section(e, depth + 1);
                        out.section(outer);
                    }
                    case "list" -> list(e, depth);
                    case "boxed-text", "disp-quote", "statement", "notes" -> container(e, depth + 1);
                    case "def-list" -> {
                        for (Element item : Dom.children(e, "def-item")) {
                            out.paragraph(inline(item).toString());
                        }
                    }
                    default -> {
                        // title/label are read by section(); figures and tables are floats; formulas left out
                    }
                }
            }
            limits.checkNotCancelled(file);
        }

        private void section(Element sec, int depth) throws InputException {
            String label = Dom.child(sec, "label").map(l -> inline(l).toString().strip()).orElse("");
            String title = Dom.child(sec, "title").map(t -> inline(t).toString().strip()).orElse("");
            if (Dom.name(sec).equals("ack") && title.isEmpty()) {
                title = "Acknowledgements";
            }
            if (Dom.name(sec).equals("notes") && title.isEmpty()) {
                title = "Notes";
            }
            String heading = (label + " " + title).strip();
            if (!heading.isEmpty()) {
                out.heading(heading);
            }
            container(sec, depth);
        }

        private void paragraph(Element p, int depth) throws InputException {
            out.paragraph(inline(p).toString());
            for (Element x : Dom.all(p, "xref")) {
                for (String rid : x.getAttribute("rid").split("\\s+")) {
                    citedIn.putIfAbsent(rid, out.section());
                }
            }
            // Lists inside a paragraph follow it as paragraphs of their own.
            for (Element list : Dom.children(p, "list")) {
                list(list, depth + 1);
            }
        }

        private void list(Element list, int depth) throws InputException {
            for (Element item : Dom.children(list, "list-item")) {
                container(item, depth + 1);
            }
        }

        private void floatElement(Element e) {
            String label = Dom.child(e, "label").map(l -> inline(l).toString().strip()).orElse("");
            Optional<Element> caption = Dom.child(e, "caption");
            String captionText = caption.map(c -> {
                StringBuilder s = new StringBuilder();
                for (Element part : Dom.children(c)) {
                    s.append(' ').append(inline(part));
                }
                return s.toString().strip();
            }).orElse("");
            String in = citedIn.get(e.getAttribute("id"));
            if (Dom.name(e).equals("fig")) {
                out.floatBlock(BlockKind.FIGURE_CAPTION, (label + " " + captionText).strip(), in);
                return;
            }
            out.floatBlock(BlockKind.TABLE_CAPTION, (label + " " + captionText).strip(), in);
            Dom.first(e, "table").ifPresent(t -> out.table(table(tableLabel(label), captionText, t)));
            Dom.child(e, "table-wrap-foot").ifPresent(foot -> {
                for (Element part : Dom.children(foot)) {
                    String text = Dom.name(part).equals("fn-group")
                            ? String.join(" ", Dom.children(part, "fn").stream().map(this::footnote).toList())
                            : Dom.name(part).equals("fn") ? footnote(part) : inline(part).toString();
                    out.floatBlock(BlockKind.ASIDE, text, in);
                }
            });
        }

        private String footnote(Element fn) {
            String label = Dom.child(fn, "label").map(Dom::text).orElse("");
            StringBuilder s = new StringBuilder(label);
            for (Element p : Dom.children(fn, "p")) {
                s.append(' ').append(inline(p));
            }
            return s.toString().strip();
        }

        Inline inline(Node n) {
            Inline text = new Inline();
            JatsInline.append(n, text, 0);
            return text;
        }
    }

    /** "Table 2" → "2", as the PDF table layer labels tables. */
    static String tableLabel(String label) {
        String s = label.strip().replaceFirst("(?i)^tab(?:le|\\.)?\\s*", "").replaceFirst("[.:]$", "").strip();
        return s.isEmpty() ? null : s;
    }

    /** An HTML-model table ({@code thead}/{@code tbody}/{@code tr}/{@code th}/{@code td}). */
    static Table table(String label, String caption, Element table) {
        List<List<GridTable.RawCell>> header = new ArrayList<>();
        List<List<GridTable.RawCell>> body = new ArrayList<>();
        for (Element part : Dom.children(table)) {
            switch (Dom.name(part)) {
                case "thead" -> Dom.children(part, "tr").forEach(tr -> header.add(row(tr)));
                case "tbody", "tfoot" -> Dom.children(part, "tr").forEach(tr -> body.add(row(tr)));
                case "tr" -> body.add(row(part));
                default -> {
                }
            }
        }
        headerRowsFromCells(table, header, body);
        return GridTable.of(label, caption, header, body);
    }

    /** Without a thead, the leading rows whose cells are all {@code th} are the header (else the first row). */
    private static void headerRowsFromCells(Element table, List<List<GridTable.RawCell>> header,
                                            List<List<GridTable.RawCell>> body) {
        if (!header.isEmpty() || body.size() < 2) {
            return;
        }
        List<Element> rows = Dom.all(table, "tr");
        int n = 0;
        while (n < rows.size() - 1 && !Dom.children(rows.get(n)).isEmpty()
                && Dom.children(rows.get(n)).stream().allMatch(c -> Dom.name(c).equals("th"))) {
            n++;
        }
        n = Math.max(n, 1);
        for (int i = 0; i < n; i++) {
            header.add(body.remove(0));
        }
    }

    private static List<GridTable.RawCell> row(Element tr) {
        List<GridTable.RawCell> cells = new ArrayList<>();
        for (Element c : Dom.children(tr)) {
            if (Dom.name(c).equals("td") || Dom.name(c).equals("th")) {
                cells.add(new GridTable.RawCell(cellText(c), Dom.intAttribute(c, "colspan", 1),
                        Dom.intAttribute(c, "rowspan", 1)));
            }
        }
        return cells;
    }

    /** A cell's paragraphs joined by spaces, as a PDF prints a multi-line cell. */
    private static String cellText(Element cell) {
        Inline text = new Inline();
        JatsInline.append(cell, text, 0);
        return text.toString().strip();
    }
}
