package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.simine.extract.read.DocumentFormat;

class MarkupSnifferTest {
    private static MarkupSniffer.Sniffed sniff(String s) {
        return MarkupSniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tellsFormatsByContent() {
        assertEquals(DocumentFormat.ELSEVIER_XML, sniff("<full-text-retrieval-response xmlns="
                + "\"http://www.elsevier.com/xml/svapi/article/dtd\"><coredata/></full-text-retrieval-response>").format());
        assertEquals(DocumentFormat.JATS_XML, sniff("<?xml version=\"1.0\"?><!DOCTYPE article PUBLIC \"-//NLM//DTD\" "
                + "\"http://jats.nlm.nih.gov/x.dtd\"><article><front/></article>").format());
        assertEquals(DocumentFormat.JATS_XML, sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE response [\n<!ENTITY % article "
                + "SYSTEM \"http://jats.nlm.nih.gov/a.dtd\">\n]><response><apiMessage>x</apiMessage><records><article "
                + "dtd-version=\"1.2\"><front/></article></records></response>").format());
        assertEquals(DocumentFormat.HTML, sniff("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html><html "
                + "xmlns=\"http://www.w3.org/1999/xhtml\"><head>").format());
        assertEquals(DocumentFormat.HTML, sniff("\uFEFF  <!-- saved --><!doctype html><meta charset=utf-8><p>x").format());
        assertEquals(DocumentFormat.PDF, sniff("%PDF-1.7\n").format());
    }

    @Test
    void namesWhatItFoundWhenItReadsNone() {
        MarkupSniffer.Sniffed tei = sniff("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>");
        assertNull(tei.format());
        assertTrue(tei.what().contains("<TEI>") && tei.what().contains("tei-c.org"), tei.what());
        assertNull(sniff("Plain words, no markup.").format());
        assertTrue(sniff("<?xml version=\"1.0\"?><!DOCTYPE x [" + "<!-- -->".repeat(20_000)).broken());
    }
}
