package org.simine.index.search;

import java.util.List;
import org.simine.index.query.QueryNode;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request the request
 * @param parsed  the query as understood (canonical form), for showing what was searched
 * @param total   number of records that match (exact)
 * @param hits    {@code limit} of them in the requested order, after skipping {@code offset}
 * @param facets  counts over all matching records
 */
public record SearchResult(SearchRequest request, QueryNode parsed, long total, List<RecordHit> hits,
                           Facets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
