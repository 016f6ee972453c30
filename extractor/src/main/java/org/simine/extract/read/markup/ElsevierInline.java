package org.simine.extract.read.markup;

import java.util.Arrays;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Inline Elsevier markup: {@code ce:sup}/{@code ce:inf}, cross-references, math; blocks are not text here. */
final class ElsevierInline {
    private static final int MAX_DEPTH = 200;
    private final Set<String> pointers;

    /** @param pointers ids of bibliography entries and footnotes: cross-references to them are citations */
    ElsevierInline(Set<String> pointers) {
        this.pointers = pointers;
    }

    void append(Node n, Inline out, int depth) {
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

    private void element(Element e, Inline out, int depth) {
        switch (Dom.name(e)) {
            case "sup" -> out.script('^', inner(e, depth));
            case "inf" -> out.script('_', inner(e, depth));
            case "cross-ref", "cross-refs" -> {
                String[] ids = e.getAttribute("refid").strip().split("\\s+");
                if (!ids[0].isEmpty() && Arrays.stream(ids).allMatch(pointers::contains)) {
                    out.citation();
                } else {
                    append(e, out, depth + 1);
                }
            }
            case "math" -> MathText.append(e, out, depth + 1);
            case "hsp", "vsp", "br" -> out.text(" ");
            case "float-anchor", "display", "list", "footnote", "inline-figure", "link", "label", "section-title",
                 "figure", "table", "formula", "alt-text" -> {
                // blocks, floats and pointers: not part of the paragraph's text
            }
            default -> append(e, out, depth + 1);
        }
    }

    private Inline inner(Element e, int depth) {
        Inline inner = new Inline();
        append(e, inner, depth + 1);
        return inner;
    }
}
