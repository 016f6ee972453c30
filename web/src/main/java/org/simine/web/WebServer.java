package org.simine.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.simine.index.SiMineIndex;
import org.simine.index.query.QuerySyntaxException;
import org.simine.model.io.RecordJson;
import org.simine.web.api.ApiError;
import org.simine.web.api.CompareApi;
import org.simine.web.api.RecordApi;
import org.simine.web.api.SearchApi;
import org.simine.web.files.PaperFiles;

/**
 * SiMine's local web app on an open index: the JSON API under {@code /api}, the papers' files under
 * {@code /files/{paperId}} and the search page at {@code /}. Read-only: it never writes to the index. Each request
 * sees the index's last commit. Close it to stop listening; the index stays open (the caller owns it).
 */
public final class WebServer implements AutoCloseable {
    /** Classpath folder of the page (HTML, CSS, JS) and the OpenAPI description. */
    static final String STATIC_DIR = "/simine-web";
    private static final String ERROR_WRITTEN = "simine.error-written";

    private final Javalin app;
    private final ServeOptions options;

    private WebServer(Javalin app, ServeOptions options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Starts listening.
     *
     * @param internalErrors told of every request that failed for a reason other than its input (the client gets
     *                       a 500 that names no internals)
     * @throws IOException when the address cannot be listened on (port taken, unknown host)
     */
    public static WebServer start(SiMineIndex index, ServeOptions options, Consumer<Exception> internalErrors)
            throws IOException {
        SearchApi search = new SearchApi(index);
        RecordApi records = new RecordApi(index);
        CompareApi compare = new CompareApi(index);
        PaperFiles files = new PaperFiles(index);
        RequestGuard guard = new RequestGuard(options);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JacksonJsonMapper(RecordJson.mapper()));
            config.staticFiles.add(STATIC_DIR, Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorHeaders()));
            config.routes.before(guard::before);
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/points", search::points);
            config.routes.get("/api/export", search::export);
            config.routes.get("/api/facets/{name}", search::facet);
            config.routes.get("/api/compare", compare::compare);
            config.routes.get("/api/records/{id}", records::record);
            config.routes.get("/api/papers", records::papers);
            config.routes.get("/api/papers/{id}", records::paper);
            config.routes.get("/api/stats", records::stats);
            config.routes.get("/api/openapi.json", WebServer::openApi);
            config.routes.get("/files/{paperId}", files::serve);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.position()));
            config.routes.exception(QuerySyntaxException.class,
                    (e, ctx) -> error(ctx, 400, e.getMessage(), e.position()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                internalErrors.accept(e);
                error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server's log", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) {
                    error(ctx, 404, "nothing at " + ctx.method() + " " + ctx.path(), null);
                }
            });
        });
        try {
            app.start(options.host(), options.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new IOException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", e);
        }
        return new WebServer(app, options);
    }

    /** The port listened on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(STATIC_DIR + "/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    /** Every error, whoever raises it, is {@code {"error": …, "position": N}} (position only for query errors). */
    private static void error(Context ctx, int status, String message, Integer position) {
        var body = RecordJson.mapper().createObjectNode().put("error", message);
        if (position != null) {
            body.put("position", position);
        }
        ctx.attribute(ERROR_WRITTEN, true);
        ctx.status(status).json(body);
    }
}
