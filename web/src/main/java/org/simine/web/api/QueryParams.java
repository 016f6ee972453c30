package org.simine.web.api;

import io.javalin.http.Context;
import org.simine.index.search.SortOrder;
import org.simine.model.io.RecordFormat;

/** Reads and bounds the request parameters the API shares: {@code q}, {@code limit}, {@code offset}, … */
final class QueryParams {
    private QueryParams() {
    }

    /** The query text ({@code q}), empty for all records. */
    static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return "";
        }
        if (q.length() > ApiLimits.MAX_QUERY_CHARS) {
            throw new ApiError(400, "the query is " + q.length() + " characters long; at most "
                    + ApiLimits.MAX_QUERY_CHARS + " are accepted", ApiLimits.MAX_QUERY_CHARS + 1);
        }
        return q;
    }

    /** The term the {@code silicon} switch adds: records about silicon (material or paper), flagged at ingest. */
    static final String SILICON_TERM = "silicon:true";

    /**
     * The query as the selection runs it: {@code q}, narrowed to records about silicon when {@code silicon} is
     * {@code 1} or {@code true} (the page's "silicon anodes only" switch).
     */
    static String scoped(Context ctx) throws org.simine.index.query.QuerySyntaxException {
        String q = query(ctx);
        // Parsed on its own first, so that a mistake is reported at its place in the user's query.
        org.simine.index.query.QueryParser.parse(q);
        String silicon = ctx.queryParam("silicon");
        boolean on = silicon != null && (silicon.equals("1") || silicon.equalsIgnoreCase("true"));
        return on ? SearchApi.narrow(q, SILICON_TERM) : q;
    }

    /** A non-negative whole number, {@code fallback} when absent, lowered to {@code max}. */
    static int bounded(Context ctx, String name, int fallback, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Math.min(fallback, max);
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, got '" + shorten(text) + "'");
        }
        if (n < 0) {
            throw ApiError.badRequest(name + " must not be negative, got " + n);
        }
        return Math.min(n, max);
    }

    static SortOrder sort(Context ctx) {
        String text = ctx.queryParam("sort");
        if (text == null || text.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** The export format: {@code csv} or {@code jsonl} (the command line's dataset formats). */
    static RecordFormat exportFormat(Context ctx) {
        String text = ctx.queryParam("format");
        if (text == null || text.isBlank() || text.equalsIgnoreCase("csv")) {
            return RecordFormat.CSV;
        }
        if (text.equalsIgnoreCase("jsonl")) {
            return RecordFormat.JSONL;
        }
        throw ApiError.badRequest("format must be csv or jsonl, got '" + shorten(text) + "'");
    }

    /** Echoed input is cut short: an error message is no place to reflect a megabyte back. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
