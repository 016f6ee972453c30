/**
 * SiMine's extractor: {@link org.simine.extract.SiMineExtractor} reads a paper and returns
 * {@link org.simine.model.Record}s; a file it cannot read gives an {@link org.simine.extract.InputException}
 * with a typed {@link org.simine.extract.InputProblem}.
 *
 * <p>Stages, each in its own package: {@code pdf} (layout analysis: columns, reading order, sub/superscripts,
 * headers/footers, sections) → {@code read} (PDF/text to normalised pages with blocks) → {@code nlp} (CoreNLP
 * tokenize + ssplit, vocabulary tagging, TokensRegex rule stages, records). Table parsing is not part of this cut;
 * {@link org.simine.extract.pdf.RegionMask} is where detected tables take their regions out of the text.
 */
package org.simine.extract;
