/**
 * SiMine's extractor: {@link org.simine.extract.SiMineExtractor} reads a paper and returns
 * {@link org.simine.model.Record}s; a file it cannot read gives an {@link org.simine.extract.InputException}
 * with a typed {@link org.simine.extract.InputProblem}.
 *
 * <p>Stages, each in its own package: {@code read} (PDF/text to normalised pages) → {@code nlp} (CoreNLP
 * tokenize + ssplit, vocabulary tagging, TokensRegex rule stages, records). Table parsing and layout
 * analysis are not part of this first cut.
 */
package org.simine.extract;
