package org.simine.extract.read.markup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.InputException;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReader;

/**
 * Reads a file whose name says XML or HTML (or says nothing) by what it holds ({@link MarkupSniffer}): Elsevier
 * full-text XML, JATS XML, publisher HTML, or a PDF that was misnamed; anything else is UNSUPPORTED_TYPE naming
 * what was found. Files over {@link ExtractionLimits#MAX_MARKUP_BYTES} are refused before they are parsed.
 */
public final class MarkupDocumentReader implements DocumentReader {
    private final DocumentReader pdf;
    private final ElsevierXmlReader elsevier = new ElsevierXmlReader();
    private final JatsXmlReader jats = new JatsXmlReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    /** @param pdf the reader for a PDF that arrives under a markup name */
    public MarkupDocumentReader(DocumentReader pdf) {
        this.pdf = pdf;
    }

    @Override
    public Document read(Path file) throws InputException {
        return read(file, ExtractionLimits.defaults());
    }

    @Override
    public Document read(Path file, ExtractionLimits limits) throws InputException {
        MarkupSniffer.Sniffed sniffed;
        try {
            sniffed = MarkupSniffer.sniff(file);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        if (sniffed.broken()) {
            throw InputException.corruptXml(file, new IllegalArgumentException(sniffed.what()));
        }
        if (sniffed.format() == null) {
            throw InputException.unsupportedContent(file, sniffed.what());
        }
        if (sniffed.format() == org.simine.extract.read.DocumentFormat.PDF) {
            return pdf.read(file, limits);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw InputException.unreadable(file, e);
        }
        if (size > ExtractionLimits.MAX_MARKUP_BYTES) {
            throw InputException.tooLarge(file, size, ExtractionLimits.MAX_MARKUP_BYTES);
        }
        return switch (sniffed.format()) {
            case ELSEVIER_XML -> elsevier.read(file, limits);
            case JATS_XML -> jats.read(file, limits);
            default -> html.read(file, limits);
        };
    }
}
