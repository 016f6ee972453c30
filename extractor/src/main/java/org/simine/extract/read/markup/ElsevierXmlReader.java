package org.simine.extract.read.markup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.read.DocumentInfo;
import org.simine.extract.read.DocumentReader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Elsevier full-text XML (the article API's {@code full-text-retrieval-response}): {@code coredata} for title,
 * DOI, journal and year; {@code ce:abstract}, {@code ce:sections} ({@code ce:section} with {@code ce:label},
 * {@code ce:section-title}, {@code ce:para}), acknowledgements and appendices as running text; {@code ce:figure}
 * and {@code ce:table} (CALS {@code tgroup}/{@code thead}/{@code tbody}/{@code row}/{@code entry} with
 * {@code namest}/{@code nameend}/{@code morerows}) as captions, tables and {@code ce:table-footnote}s.
 * {@code ce:sup}/{@code ce:inf} become scripts; cross-references to the bibliography or to footnotes are dropped,
 * those to figures and tables kept as text. A response without the article's text (an abstract-only answer)
 * gives its abstract; one without either is refused.
 */
public final class ElsevierXmlReader implements DocumentReader {
    static final String CE = "http://www.elsevier.com/xml/common/dtd";
    private static final int MAX_DEPTH = 400;

    @Override
    public Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    @Override
    public Document read(Path file, ExtractionLimits limits) throws InputException {
        org.w3c.dom.Document xml = SafeXml.parse(file);
        return new Walk(file, limits, xml).read();
    }

    private static final class Walk {
        private final Path file;
        private final ExtractionLimits limits;
        private final org.w3c.dom.Document xml;
        private final MarkupDocumentBuilder out = new MarkupDocumentBuilder();
        /** Ids of bibliography entries and footnotes: cross-references to them are citations. */
        private final Set<String> pointers = new HashSet<>();
        private final ElsevierInline inline;
        /** Float id → the section heading of the paragraph that anchors or first cites it. */
        private final Map<String, String> citedIn = new HashMap<>();

        Walk(Path file, ExtractionLimits limits, org.w3c.dom.Document xml) {
            this.file = file;
            this.limits = limits;
            this.xml = xml;
            for (String kind : List.of("bib-reference", "table-footnote", "footnote", "bibliography")) {
                for (Element e : Dom.all(xml, kind)) {
                    if (!e.getAttribute("id").isEmpty()) {
                        pointers.add(e.getAttribute("id"));
                    }
                }
            }
            this.inline = new ElsevierInline(pointers);
        }

        Document read() throws InputException {
            Optional<Element> coredata = Dom.first(xml, "coredata");
            String doi = coredata.flatMap(c -> Dom.child(c, "doi")).map(Dom::text).orElse(null);
            String journal = coredata.flatMap(c -> Dom.child(c, "publicationName")).map(Dom::text).orElse(null);
            Integer year = coredata.flatMap(c -> Dom.child(c, "coverDate")).map(Dom::text)
                    .map(MarkupDocumentBuilder::year).orElse(null);
            Optional<Element> headTitle = ce("title").stream().filter(t -> Dom.inside(t, "head")).findFirst();
            String title = headTitle.map(t -> text(t)).orElseGet(
                    () -> coredata.flatMap(c -> Dom.child(c, "title")).map(Dom::text).orElse(null));
            if (title != null) {
                out.title(title);
            }
            for (Element abs : ce("abstract")) {
                if (abs.getAttribute("class").equals("graphical")) {
                    continue;
                }
                out.heading(Dom.child(abs, "section-title").map(this::text).orElse("Abstract"));
                for (Element sec : Dom.children(abs, "abstract-sec")) {
                    container(sec, 0);
                }
            }
            Optional<Element> sections = ce("sections").stream().findFirst();
            if (sections.isPresent()) {
                container(sections.get(), 0);
            }
            for (Element e : ce("nomenclature")) {
                nomenclature(e);
            }
            for (String back : List.of("acknowledgment", "conflict-of-interest", "appendices")) {
                for (Element e : ce(back)) {
                    if (back.equals("appendices")) {
                        container(e, 0);
                    } else {
                        section(e, 0);
                    }
                }
            }
            if (!out.hasRunningText()) {
                // The API answers without the article's text when the caller may not read it: use its abstract.
                String description = coredata.flatMap(c -> Dom.child(c, "description")).map(Dom::text).orElse("");
                if (description.isBlank()) {
                    throw InputException.unsupportedContent(file,
                            "Elsevier response without the article's text or abstract (not entitled to it?)");
                }
                out.heading("Abstract");
                out.paragraph(description.replaceFirst("^(?i)abstract\\s*", ""));
            }
            for (Element e : Dom.all(xml, "*")) {
                if (CE.equals(e.getNamespaceURI()) && Dom.name(e).equals("figure")) {
                    figure(e);
                } else if (CE.equals(e.getNamespaceURI()) && Dom.name(e).equals("table")) {
                    table(e);
                }
            }
            return out.build(file, title, doi, new DocumentInfo(DocumentFormat.ELSEVIER_XML, journal, year));
        }

        private List<Element> ce(String localName) {
            return Dom.all(xml, localName).stream().filter(e -> CE.equals(e.getNamespaceURI())).toList();
        }

        private void container(Element parent, int depth) throws InputException {
            if (depth > MAX_DEPTH) {
                return;
            }
            for (Element e : Dom.children(parent)) {
                switch (Dom.name(e)) {
                    case "para", "simple-para" -> paragraph(e, depth);
                    case "section", "appendix" -> {
                        String outer = out.section();
                        section(e, depth + 1);
                        out.section(outer);
                    }
                    case "list" -> list(e, depth);
                    case "textbox", "enunciation", "displayed-quote" -> container(e, depth + 1);
                    default -> {
                        // labels and titles are read by section(); floats come last; formulas are left out
                    }
                }
            }
            limits.checkNotCancelled(file);
        }

        private void section(Element sec, int depth) throws InputException {
            String label = Dom.child(sec, "label").map(this::text).orElse("");
            String title = Dom.child(sec, "section-title").map(this::text).orElse("");
            if (Dom.name(sec).equals("acknowledgment") && title.isEmpty()) {
                title = "Acknowledgements";
            }
            if (Dom.name(sec).equals("conflict-of-interest") && title.isEmpty()) {
                title = "Declaration of competing interest";
            }
            String heading = (label + " " + title).strip();
            if (!heading.isEmpty()) {
                out.heading(heading);
            }
            container(sec, depth);
        }

        /** A nomenclature: each symbol with its meaning as one paragraph ("C_p Specific heat [J/(kg K)]"). */
        private void nomenclature(Element nomenclature) {
            out.heading(Dom.child(nomenclature, "section-title").map(this::text).orElse("Nomenclature"));
            for (Element list : Dom.all(nomenclature, "def-list")) {
                String term = "";
                for (Element e : Dom.children(list)) {
                    if (Dom.name(e).equals("def-term")) {
                        term = text(e).strip();
                    } else if (Dom.name(e).equals("def-description")) {
                        out.paragraph((term + " " + text(e)).strip());
                        term = "";
                    } else if (Dom.name(e).equals("section-title")) {
                        out.heading(text(e));
                    }
                }
            }
        }

        private void paragraph(Element para, int depth) throws InputException {
            out.paragraph(text(para));
            for (String kind : List.of("float-anchor", "cross-ref", "cross-refs")) {
                for (Element x : Dom.all(para, kind)) {
                    for (String rid : x.getAttribute("refid").split("\\s+")) {
                        citedIn.putIfAbsent(rid, out.section());
                    }
                }
            }
            for (Element list : Dom.children(para, "list")) {
                list(list, depth + 1);
            }
        }

        private void list(Element list, int depth) throws InputException {
            for (Element item : Dom.children(list, "list-item")) {
                String label = Dom.child(item, "label").map(this::text).orElse("");
                List<Element> paras = Dom.children(item, "para");
                for (int i = 0; i < paras.size(); i++) {
                    String text = text(paras.get(i));
                    out.paragraph(i == 0 && !label.isEmpty() && !label.equals("•") ? label + " " + text : text);
                    for (Element nested : Dom.children(paras.get(i), "list")) {
                        list(nested, depth + 1);
                    }
                }
            }
        }

        private void figure(Element fig) {
            String label = Dom.child(fig, "label").map(this::text).orElse("");
            out.floatBlock(BlockKind.FIGURE_CAPTION, (label + " " + caption(fig)).strip(),
                    citedIn.get(fig.getAttribute("id")));
        }

        private String caption(Element e) {
            return Dom.child(e, "caption").map(c -> {
                StringBuilder s = new StringBuilder();
                for (Element p : Dom.children(c)) {
                    s.append(' ').append(text(p));
                }
                return s.toString().strip();
            }).orElse("");
        }

        private void table(Element t) {
            String label = Dom.child(t, "label").map(this::text).orElse("");
            String caption = caption(t);
            String in = citedIn.get(t.getAttribute("id"));
            out.floatBlock(BlockKind.TABLE_CAPTION, (label + " " + caption).strip(), in);
            for (Element tgroup : Dom.children(t, "tgroup")) {
                out.table(cals(JatsXmlReader.tableLabel(label), caption, tgroup));
            }
            for (Element fn : Dom.children(t, "table-footnote")) {
                String mark = Dom.child(fn, "label").map(this::text).orElse("");
                StringBuilder s = new StringBuilder(mark);
                for (Element p : Dom.children(fn)) {
                    if (!Dom.name(p).equals("label")) {
                        s.append(' ').append(text(p));
                    }
                }
                out.floatBlock(BlockKind.ASIDE, s.toString(), in);
            }
            Dom.child(t, "legend").ifPresent(legend -> out.floatBlock(BlockKind.ASIDE, text(legend), in));
        }

        /** A CALS table group: colspec names place entries; namest/nameend span columns, morerows rows. */
        private org.simine.extract.table.Table cals(String label, String caption, Element tgroup) {
            Map<String, Integer> columns = new HashMap<>();
            int n = 0;
            for (Element spec : Dom.children(tgroup, "colspec")) {
                int number = Dom.intAttribute(spec, "colnum", n + 1);
                columns.put(spec.getAttribute("colname"), number - 1);
                n = number;
            }
            List<List<GridTable.RawCell>> header = new ArrayList<>();
            List<List<GridTable.RawCell>> body = new ArrayList<>();
            Dom.child(tgroup, "thead").ifPresent(h -> Dom.children(h, "row").forEach(r -> header.add(row(r, columns))));
            Dom.child(tgroup, "tbody").ifPresent(b -> Dom.children(b, "row").forEach(r -> body.add(row(r, columns))));
            return GridTable.of(label, caption, header, body);
        }

        private List<GridTable.RawCell> row(Element row, Map<String, Integer> columns) {
            List<GridTable.RawCell> cells = new ArrayList<>();
            for (Element entry : Dom.children(row, "entry")) {
                Integer start = columns.get(entry.getAttribute("namest"));
                Integer end = columns.get(entry.getAttribute("nameend"));
                Integer at = start != null ? start : columns.get(entry.getAttribute("colname"));
                int span = start != null && end != null && end >= start ? end - start + 1 : 1;
                cells.add(new GridTable.RawCell(cellText(entry), span, Dom.intAttribute(entry, "morerows", 0) + 1,
                        at == null ? -1 : at));
            }
            return cells;
        }

        private String cellText(Element entry) {
            Inline text = new Inline();
            inline.append(entry, text, 0);
            return text.toString().strip();
        }

        String text(Node n) {
            Inline text = new Inline();
            inline.append(n, text, 0);
            return text.toString();
        }
    }
}
