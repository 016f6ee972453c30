/**
 * From page text to records: the shared CoreNLP {@link org.simine.extract.nlp.NlpPipeline}, unit and cue
 * tagging from {@code vocab/*.tsv}, the ordered TokensRegex stages in {@code rules/*.rules}
 * ({@link org.simine.extract.nlp.KineticsRules}), material binding and record assembly
 * ({@link org.simine.extract.nlp.TextRecordExtractor}).
 */
package org.simine.extract.nlp;
