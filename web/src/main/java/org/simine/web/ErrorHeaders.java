package org.simine.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers — a request it refuses before any route sees it (400 for a malformed request line, 414 for a
 * URI too long, 431 for headers too large) — with the same security headers as every page of the app
 * ({@link RequestGuard}), so no answer of this server can be framed, sniffed or run scripts.
 */
final class ErrorHeaders extends ErrorHandler {
    ErrorHeaders() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        RequestGuard.SECURITY_HEADERS.forEach(headers::put);
        return super.handle(request, response, callback);
    }
}
