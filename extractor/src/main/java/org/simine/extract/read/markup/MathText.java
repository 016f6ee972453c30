package org.simine.extract.read.markup;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Inline math as text in the page text's script markup: MathML ({@code mi}, {@code mn}, {@code mo},
 * {@code msub}, {@code msup}, {@code msubsup}, {@code mfrac}) and Elsevier's older {@code math} with {@code rm},
 * {@code inf}, {@code sup}, {@code fr}/{@code nu}/{@code de}. Annotations (TeX, images) are left out.
 */
final class MathText {
    private static final int MAX_DEPTH = 200;

    private MathText() {
    }

    static Inline of(Element math) {
        Inline out = new Inline();
        append(math, out, 0);
        return out;
    }

    static void append(Node n, Inline out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                // White space between math elements is layout; spaces are elements (mspace, hsp).
                out.text(c.getNodeValue().strip());
                continue;
            }
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) c;
            switch (Dom.name(e)) {
                case "annotation", "annotation-xml", "mprescripts", "none" -> {
                }
                case "semantics" -> Dom.children(e).stream().findFirst().ifPresent(f -> {
                    Inline inner = new Inline();
                    append(wrap(f), inner, depth + 1);
                    out.text(inner.toString());
                });
                case "msub", "msup", "msubsup", "munder", "mover", "munderover" -> scripts(e, out, depth);
                case "mfrac" -> {
                    var parts = Dom.children(e);
                    if (parts.size() == 2) {
                        out.text(piece(parts.get(0), depth)).text("/").text(piece(parts.get(1), depth));
                    }
                }
                case "mspace", "hsp" -> out.text(" ");
                case "inf" -> out.script('_', inner(e, depth));
                case "sup" -> out.script('^', inner(e, depth));
                case "fr" -> {
                    out.text(Dom.child(e, "nu").map(nu -> piece(nu, depth)).orElse("")).text("/")
                            .text(Dom.child(e, "de").map(de -> piece(de, depth)).orElse(""));
                }
                default -> append(e, out, depth + 1);
            }
        }
    }

    private static void scripts(Element e, Inline out, int depth) {
        var parts = Dom.children(e);
        if (parts.isEmpty()) {
            return;
        }
        out.text(piece(parts.get(0), depth));
        String name = Dom.name(e);
        if (parts.size() > 1) {
            out.script(name.equals("msup") || name.equals("mover") ? '^' : '_', inner(wrap(parts.get(1)), depth));
        }
        if (parts.size() > 2) {
            out.script('^', inner(wrap(parts.get(2)), depth));
        }
    }

    /** The node itself as the only child of a walk: {@link #append} walks children. */
    private static Node wrap(Element e) {
        org.w3c.dom.DocumentFragment f = e.getOwnerDocument().createDocumentFragment();
        f.appendChild(e.cloneNode(true));
        return f;
    }

    private static String piece(Element e, int depth) {
        return inner(wrap(e), depth).toString();
    }

    private static Inline inner(Node n, int depth) {
        Inline inner = new Inline();
        append(n, inner, depth + 1);
        return inner;
    }
}
