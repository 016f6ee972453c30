/**
 * Reading files into {@link org.simine.extract.read.Document}s of normalised page text: PDFBox through the layout
 * analysis of {@code org.simine.extract.pdf} for PDFs (pages keep their {@link org.simine.extract.read.Block}s),
 * strict UTF-8 for .txt/.md, a small {@link org.simine.extract.read.TextNormaliser}, and document ids
 * (DOI, else file hash). Every failure becomes an {@link org.simine.extract.InputException}.
 */
package org.simine.extract.read;
