/**
 * Tables of PDF papers on PDFBox 3: glyph and rule capture from the PDF layer's one pass per page
 * ({@code org.simine.extract.pdf.PageScanner}, read here by {@code TableGlyphs} and {@code RulingCollector}),
 * caption-anchored table detection ({@code CaptionFinder}, {@code RulingTableDetector}), cell grids for ruled,
 * booktabs and word-processor tables ({@code CellGridBuilder} with {@code RowFinder},
 * {@code TextAlignmentColumnFinder}, {@code CellMerger}, {@code HeaderRowClassifier}), cell text in the gold
 * standard's plain form ({@code CellText}), and CSV/JSON writers. The public entry point is
 * {@link org.simine.extract.table.TableExtractor}; its output type {@link org.simine.extract.table.Table} is
 * what table interpretation consumes. Geometry is in PDF points, origin at the page's top-left, y downwards.
 */
package org.simine.extract.table;
