/**
 * Publisher markup: Elsevier full-text XML ({@code ce:} namespace, CALS tables), JATS XML (Springer, PMC) and
 * publisher HTML (RSC article pages) read into the same {@link org.simine.extract.read.Document} the PDF reader
 * gives, so the same rules and table interpreter read them.
 *
 * <p>A markup document is one unpaginated page: its blocks are the markup's own headings, paragraphs, captions
 * and table footnotes (in that order: floats after the running text, as in PDFs), each with its exact section,
 * joined by blank lines. Sub/superscripts come out in the page text's {@code ^}/{@code _} markup; citation
 * pointers are dropped with their brackets. Tables become {@link org.simine.extract.table.Table}s with row and
 * column spans and header rows from the markup, for the same interpreter as PDF tables.
 *
 * <p>The format is told from the content ({@link org.simine.extract.read.markup.MarkupSniffer}), not the file
 * name. XML is parsed by the JDK with DTDs and external entities never loaded and entity expansion capped
 * ({@link org.simine.extract.read.markup.SafeXml}); HTML by jsoup. Nothing parses markup with regular
 * expressions.
 */
package org.simine.extract.read.markup;
