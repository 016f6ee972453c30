package org.simine.index.search;

import org.simine.index.document.Paper;
import org.simine.index.document.Passage;
import org.simine.model.Record;

/**
 * One matching record with what a reader needs to judge it.
 *
 * @param record         the record, exactly as extracted
 * @param score          relevance tier: how many of the query's word clauses the record's own text has (0 when
 *                       the query has no words or they are only elsewhere in its paper)
 * @param paper          the paper it came from, or null when the index has no paper document for it
 * @param snippet        the record's sentence or table row with the query's words and the value marked
 *                       ({@link Highlighter#OPEN}…{@link Highlighter#CLOSE}), or null when it has none
 * @param passage        when the query's words are not in the record's own text: the passage of its paper that
 *                       matches them best, else null
 * @param passageSnippet that passage cut to a window with the words marked, else null
 */
public record RecordHit(Record record, float score, Paper paper, String snippet, Passage passage,
                        String passageSnippet) {
}
