/**
 * SiMine's extractor: {@link org.simine.extract.SiMineExtractor} reads a paper and returns
 * {@link org.simine.model.Record}s; a file it cannot read gives an {@link org.simine.extract.InputException}
 * with a typed {@link org.simine.extract.InputProblem}.
 *
 * <p>Stages, each in its own package: {@code pdf} (layout analysis: columns, reading order, sub/superscripts,
 * headers/footers, sections) → {@code read} (PDF/text to normalised pages with blocks) → {@code nlp} (CoreNLP
 * tokenize + ssplit, vocabulary tagging, TokensRegex rule stages, records); tables: a
 * {@link org.simine.extract.table.TableSource} gives a document's {@link org.simine.extract.table.Table}s
 * ({@code table} finds them in PDFs, {@code table.text} in text exports) → {@code table.interpret} (header
 * semantics, cell grammars, records).
 */
package org.simine.extract;
