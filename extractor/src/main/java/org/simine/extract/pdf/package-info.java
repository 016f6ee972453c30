/**
 * PDF layout analysis on PDFBox 3: from drawn glyphs to the reading-order text that the rules read.
 *
 * <p>Stages, each a small class: {@link org.simine.extract.pdf.PageScanner} (each page's content stream read once,
 * for this layer and for the table layer's glyphs and rulings) → {@link org.simine.extract.pdf.GlyphCollector}
 * (every glyph with its geometry;
 * broken fonts repaired from {@code pdf/glyph-map.tsv}, the rest counted as unrecovered) →
 * {@link org.simine.extract.pdf.RunBuilder} (content-stream runs, cut at wide gaps and line jumps) →
 * {@link org.simine.extract.pdf.MarginDetector} (running headers, footers and page numbers, by repetition across
 * pages) → {@link org.simine.extract.pdf.ColumnSplitter} (gutters from an x-histogram of run coverage; full-width
 * bands and tables; reading order) → {@link org.simine.extract.pdf.LineBuilder} and
 * {@link org.simine.extract.pdf.LineText} (lines, spaces, sub/superscripts from size and baseline) →
 * {@link org.simine.extract.pdf.BlockBuilder} (paragraphs, headings, captions, asides; hyphenation with a
 * document word list) → {@link org.simine.extract.pdf.PdfLayoutReader} (title, sections, references, page order).
 *
 * <p>Public model: {@link org.simine.extract.pdf.PdfLayout}, {@link org.simine.extract.pdf.PageLayout},
 * {@link org.simine.extract.pdf.LayoutBlock}, {@link org.simine.extract.pdf.BlockKind},
 * {@link org.simine.extract.pdf.Box}; the hook {@link org.simine.extract.pdf.RegionMask} lets table detection take
 * regions out of the running text. Everything else is internal to the package. This package does not depend on
 * {@code read}; {@code read.PdfDocumentReader} normalises the block texts and assembles the pages.
 */
package org.simine.extract.pdf;
