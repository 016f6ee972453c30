package org.simine.extract.read.markup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.simine.extract.read.DocumentFormat;

/**
 * Tells a file's format from its first bytes, whatever its name says: {@code %PDF-} is a PDF; XML whose root is
 * Elsevier's {@code full-text-retrieval-response} (or an element in an Elsevier namespace) is Elsevier full-text
 * XML; a root {@code article}, or an API wrapper ({@code response}, {@code records}, {@code pmc-articleset})
 * around one, is JATS; a root {@code html}, or text that opens with an HTML doctype or tag, is HTML.
 */
public final class MarkupSniffer {
    /** How much of the file is looked at: roots and API wrappers open well within it. */
    static final int PREFIX_BYTES = 64 * 1024;
    private static final Set<String> JATS_WRAPPERS = Set.of("response", "records", "pmc-articleset", "OAI-PMH",
            "GetRecord", "record", "metadata", "result");

    /**
     * @param format what the file is, or null when it is none of the formats SiMine reads
     * @param what   for people: the root element found, or why nothing was recognised
     * @param broken true when the file opens as XML but breaks before its root element (a malformed or overlong
     *               prolog): not well-formed rather than of an unknown kind
     */
    public record Sniffed(DocumentFormat format, String what, boolean broken) {
        Sniffed(DocumentFormat format, String what) {
            this(format, what, false);
        }
    }

    private MarkupSniffer() {
    }

    public static Sniffed sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PREFIX_BYTES);
        }
        return sniff(head);
    }

    static Sniffed sniff(byte[] head) {
        if (startsWith(head, "%PDF-")) {
            return new Sniffed(DocumentFormat.PDF, "a PDF");
        }
        String root = null;
        String namespace = null;
        try {
            XMLStreamReader xml = SafeXml.stax().createXMLStreamReader(new ByteArrayInputStream(head));
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    String ns = xml.getNamespaceURI();
                    if (root == null) {
                        root = name;
                        namespace = ns;
                        Sniffed known = byRoot(name, ns);
                        if (known != null) {
                            return known;
                        }
                        if (!JATS_WRAPPERS.contains(name)) {
                            break;
                        }
                    } else if (name.equals("article")) {
                        return new Sniffed(DocumentFormat.JATS_XML, "JATS <article> inside <" + root + ">");
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Not well-formed where it was read (a cut-off prefix, HTML that is no XML): the lexical check decides.
        }
        if (looksLikeHtml(head)) {
            return new Sniffed(DocumentFormat.HTML, "HTML");
        }
        if (root == null && looksLikeXml(head)) {
            return new Sniffed(null, "XML whose declaration or DOCTYPE is malformed or runs past "
                    + PREFIX_BYTES / 1024 + " KB before the root element", true);
        }
        if (root != null) {
            return new Sniffed(null, "XML with root element <" + root + ">"
                    + (namespace == null || namespace.isEmpty() ? "" : " in namespace " + namespace)
                    + ", which is neither Elsevier full-text XML nor JATS");
        }
        return new Sniffed(null, "neither a PDF nor XML or HTML");
    }

    private static Sniffed byRoot(String name, String ns) {
        String namespace = ns == null ? "" : ns;
        if (name.equals("full-text-retrieval-response") || namespace.startsWith("http://www.elsevier.com/xml/")) {
            return new Sniffed(DocumentFormat.ELSEVIER_XML, "Elsevier <" + name + ">");
        }
        if (name.equalsIgnoreCase("html")) {
            return new Sniffed(DocumentFormat.HTML, "HTML");
        }
        if (name.equals("article")) {
            return new Sniffed(DocumentFormat.JATS_XML, "JATS <article>");
        }
        return null;
    }

    /** A doctype or tag of HTML first, after a byte-order mark, white space, an XML declaration and comments. */
    static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("<?", i) || s.startsWith("<!--", i)) {
                int end = s.indexOf(s.startsWith("<?", i) ? "?>" : "-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + (s.startsWith("<?", i) ? 2 : 3);
                continue;
            }
            break;
        }
        return s.startsWith("<!doctype html", i) || s.startsWith("<html", i);
    }

    /** An XML declaration or a DOCTYPE first (after a byte-order mark and white space). */
    static boolean looksLikeXml(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return s.startsWith("<?xml") || s.startsWith("<!DOCTYPE");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
