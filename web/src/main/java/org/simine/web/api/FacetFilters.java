package org.simine.web.api;

import java.util.regex.Pattern;
import org.simine.index.search.FacetDimension;

/**
 * The query term that keeps only the records with one facet value, e.g. {@code dopant:P} or
 * {@code doc:"10.1039/d4ee05595k"}: the page appends it to the query when a facet is clicked, so the query box
 * always shows the whole selection and can be edited, bookmarked or pasted into the command line.
 */
final class FacetFilters {
    private static final Pattern BARE = Pattern.compile("[^\\s()\"]+");

    private FacetFilters() {
    }

    /** The term, or null when the value cannot be written in the query syntax (it holds a double quote). */
    static String of(FacetDimension dimension, String value) {
        String field = switch (dimension) {
            case PROPERTY -> "property";
            case DOPANT -> "dopant";
            case RATE_UNIT -> "rate_unit";
            case SOURCE_KIND -> "source";
            case UNIT -> "unit";
            case MATERIAL -> "material";
            case PAPER -> "doc";
        };
        if (BARE.matcher(value).matches() && dimension != FacetDimension.PAPER) {
            return field + ":" + value;
        }
        return value.indexOf('"') >= 0 ? null : field + ":\"" + value + "\"";
    }
}
