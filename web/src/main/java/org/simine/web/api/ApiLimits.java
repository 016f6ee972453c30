package org.simine.web.api;

/**
 * Bounds on what one request may ask for, so that no request can make the server do unbounded work or send an
 * unbounded answer. Export is the one way to get everything: it streams, page by page.
 */
public final class ApiLimits {
    /** Longest query text; longer ones are refused (400), not cut, so nothing is silently dropped. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** Most hits per search page; a larger limit is lowered to this and the answer says so. */
    public static final int MAX_PAGE = 200;
    /** Deepest hit a search may reach (offset + limit): Lucene ranks all hits before the page. */
    public static final int MAX_WINDOW = 10_000;
    /** Most records one plot request returns. */
    public static final int MAX_POINTS = 5_000;

    private ApiLimits() {
    }
}
