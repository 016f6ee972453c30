package org.simine.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.simine.web.api.ApiError;

/**
 * Runs before every request: sets the headers that keep the page's data inert (no framing, no sniffing, scripts
 * only from this server) and, when serving on loopback, refuses requests whose {@code Host} is not a loopback
 * name — a web page elsewhere that re-points its own domain name at 127.0.0.1 (DNS rebinding) is refused instead
 * of reading the index.
 */
final class RequestGuard {
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Every answer's headers: inert content, no framing, no referrer, scripts only from this server. */
    static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", PAGE_POLICY,
            "X-Frame-Options", "DENY");
    /** Digits only: a name such as 127.example.org may point anywhere. */
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final boolean loopback;
    private final String boundHost;

    RequestGuard(ServeOptions options) {
        this.loopback = options.isLoopback();
        this.boundHost = options.host().toLowerCase(Locale.ROOT);
    }

    void before(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith("/files/")) {
            ctx.header("Content-Security-Policy", PAGE_POLICY);
            ctx.header("X-Frame-Options", "DENY");
        }
        if (loopback && !isLoopbackName(hostName(ctx.header("Host")))) {
            throw new ApiError(403, "this server answers requests for localhost only", null);
        }
    }

    private boolean isLoopbackName(String host) {
        return host != null && (LOOPBACK_NAMES.contains(host) || host.equals(boundHost)
                || LOOPBACK_V4.matcher(host).matches());
    }

    /** The host part of a Host header, without the port; null when absent. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
