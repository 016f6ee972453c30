package org.simine.extract.read.markup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import org.simine.extract.InputException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's XML parsers, configured for files from anywhere: no DTD or external entity is ever loaded (a
 * publisher's DOCTYPE naming its DTD by URL is read, not fetched; an entity pointing at a local file reads
 * nothing), XInclude is off, and entity expansion is capped far below what a "billion laughs" bomb needs, so it
 * fails at once as {@link org.simine.extract.InputProblem#CORRUPT_XML} instead of filling the heap.
 */
final class SafeXml {
    /** Entity expansions allowed per document: articles use character references, not entities. */
    static final int ENTITY_EXPANSION_LIMIT = 1_000;
    private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

    private SafeXml() {
    }

    /** Parses the file into a namespace-aware DOM. */
    static Document parse(Path file) throws InputException {
        DocumentBuilder builder = builder();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw InputException.corruptXml(file, new SAXException(
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e));
        } catch (SAXException e) {
            throw InputException.corruptXml(file, e);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
    }

    static DocumentBuilder builder() {
        // The JDK's own parser, not whatever a dependency registers (CoreNLP brings an old Xerces that knows none of the
        // limits below).
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(JDK + "entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
            f.setAttribute(JDK + "maxGeneralEntitySizeLimit", "100000");
            f.setAttribute(JDK + "totalEntitySizeLimit", "1000000");
            f.setAttribute(JDK + "maxElementDepth", "1000");
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            // Any entity the parser still wants to resolve from outside resolves to nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(InputStream.nullInputStream()));
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser does not take SiMine's safety settings", e);
        }
    }

    /** A StAX factory with the same guarantees, for sniffing the root element. */
    static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> InputStream.nullInputStream());
        return f;
    }

    /** Errors end the parse with their message; warnings (an unknown encoding name …) are not worth a word. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
