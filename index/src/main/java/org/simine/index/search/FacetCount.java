package org.simine.index.search;

/** How many matching records have {@code value} in a facet dimension. */
public record FacetCount(String value, long count) {
}
