package org.simine.extract.read.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small lookups on a namespace-aware DOM, by local name (publishers mix default and prefixed namespaces). */
final class Dom {
    private Dom() {
    }

    static String name(Node n) {
        String local = n.getLocalName();
        return local != null ? local : n.getNodeName();
    }

    static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && name(n).equals(localName);
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    static List<Element> children(Node parent, String localName) {
        return children(parent).stream().filter(e -> name(e).equals(localName)).toList();
    }

    static Optional<Element> child(Node parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return Optional.of((Element) c);
            }
        }
        return Optional.empty();
    }

    /** The first element of this local name in document order below {@code root}, breadth not needed. */
    static Optional<Element> first(Node root, String localName) {
        NodeList all = root instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        return all.getLength() == 0 ? Optional.empty() : Optional.of((Element) all.item(0));
    }

    static List<Element> all(Node root, String localName) {
        NodeList all = root instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The element's text content with white space collapsed; "" for none. */
    static String text(Node n) {
        String s = n == null ? null : n.getTextContent();
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static int intAttribute(Element e, String name, int otherwise) {
        String v = e.getAttribute(name).strip();
        try {
            return v.isEmpty() ? otherwise : Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }

    /** Whether {@code e} lies inside an element of one of these local names. */
    static boolean inside(Node e, String... localNames) {
        for (Node p = e.getParentNode(); p != null; p = p.getParentNode()) {
            for (String n : localNames) {
                if (is(p, n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
