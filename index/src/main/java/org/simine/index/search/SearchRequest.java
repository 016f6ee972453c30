package org.simine.index.search;

import java.util.List;
import java.util.Objects;

/**
 * A search: the query text in SiMine's query syntax, how many hits to return, their order and which facets to
 * count over all matches.
 */
public record SearchRequest(String query, int limit, SortOrder sort, List<FacetDimension> facets) {
    public static final int DEFAULT_LIMIT = 20;
    /** The facets the command line shows. */
    public static final List<FacetDimension> DEFAULT_FACETS = List.of(FacetDimension.PROPERTY,
            FacetDimension.DOPANT, FacetDimension.RATE_UNIT, FacetDimension.SOURCE_KIND);

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        facets = List.copyOf(facets);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, SortOrder.RELEVANCE, DEFAULT_FACETS);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, n, sort, facets);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, limit, order, facets);
    }

    public SearchRequest withFacets(List<FacetDimension> dimensions) {
        return new SearchRequest(query, limit, sort, dimensions);
    }
}
