package org.simine.extract.read.markup;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Inline JATS: scripts, citations, formulas; block-level children (figures, tables, lists) are not text here. */
final class JatsInline {
    private static final int MAX_DEPTH = 200;

    private JatsInline() {
    }

    static void append(Node n, Inline out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short type = c.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                out.text(c.getNodeValue());
            } else if (type == Node.ENTITY_REFERENCE_NODE) {
                append(c, out, depth + 1);
            } else if (type == Node.ELEMENT_NODE) {
                element((Element) c, out, depth);
            }
        }
    }

    private static void element(Element e, Inline out, int depth) {
        switch (Dom.name(e)) {
            case "sup" -> out.script('^', inner(e, depth));
            case "sub" -> out.script('_', inner(e, depth));
            case "xref" -> {
                String type = e.getAttribute("ref-type");
                if (type.equals("bibr") || type.equals("table-fn") || type.equals("fn")) {
                    out.citation();
                } else {
                    append(e, out, depth + 1);
                }
            }
            case "inline-formula", "alternatives" -> {
                // Prefer the MathML of a formula; TeX and images are alternatives to it, not text.
                var math = Dom.child(e, "math");
                if (math.isPresent()) {
                    MathText.append(math.get(), out, depth + 1);
                } else {
                    for (Element part : Dom.children(e)) {
                        if (!Dom.name(part).equals("tex-math") && !Dom.name(part).endsWith("graphic")) {
                            element(part, out, depth + 1);
                        }
                    }
                }
            }
            case "math" -> MathText.append(e, out, depth + 1);
            case "tex-math", "inline-graphic", "graphic", "media", "disp-formula", "disp-formula-group", "fig",
                 "fig-group", "table-wrap", "table-wrap-group", "list", "fn", "label", "object-id" -> {
                // not inline text: floats and lists are read as blocks, formulas are left out
            }
            case "break" -> out.text(" ");
            case "p" -> {
                out.text(" ");
                append(e, out, depth + 1);
                out.text(" ");
            }
            default -> append(e, out, depth + 1);
        }
    }

    private static Inline inner(Element e, int depth) {
        Inline inner = new Inline();
        append(e, inner, depth + 1);
        return inner;
    }
}
