package org.simine.index.search;

import java.util.List;
import java.util.Objects;

/**
 * A search: the query text in SiMine's query syntax, how many hits to return after skipping {@code offset} (for
 * paging), their order and which facets to count over all matches.
 */
public record SearchRequest(String query, int limit, SortOrder sort, List<FacetDimension> facets, int offset) {
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
        if (offset < 0 || (long) offset + limit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("offset must be in [0, " + (Integer.MAX_VALUE - limit) + "], got "
                    + offset);
        }
        facets = List.copyOf(facets);
    }

    /** The first page: no offset. */
    public SearchRequest(String query, int limit, SortOrder sort, List<FacetDimension> facets) {
        this(query, limit, sort, facets, 0);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, SortOrder.RELEVANCE, DEFAULT_FACETS);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, n, sort, facets, offset);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, limit, order, facets, offset);
    }

    public SearchRequest withFacets(List<FacetDimension> dimensions) {
        return new SearchRequest(query, limit, sort, dimensions, offset);
    }

    /** Skips the first {@code n} hits (their cost is still paid: Lucene ranks offset + limit hits). */
    public SearchRequest withOffset(int n) {
        return new SearchRequest(query, limit, sort, facets, n);
    }
}
