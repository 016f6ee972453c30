package org.simine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.simine.index.SiMineIndex;
import org.simine.web.ServeOptions;
import org.simine.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a local web app over the index: search with the query syntax, filter by facets, see "
                + "each value next to the sentence or table row it came from, open the paper at its page, export, "
                + "and plot the selection. Also a JSON API (see /api/openapi.json). Runs until stopped (Ctrl-C).",
                "Listens on 127.0.0.1 only unless --host says otherwise; the app has no login, so another host "
                        + "makes the index and every ingested paper readable by whoever reaches the port."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    /** Released by the shutdown hook (Ctrl-C); tests release it to stop a server started in-process. */
    final CountDownLatch stopped = new CountDownLatch(1);
    /** Released once the server and the index are closed; the shutdown hook waits for it, so Ctrl-C closes cleanly. */
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        ServeOptions options;
        try {
            options = new ServeOptions(host, port);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        String warning = options.exposureWarning();
        if (warning != null) {
            String rule = "!".repeat(78);
            err.println(rule);
            err.println("simine: " + warning);
            err.println(rule);
            err.flush();
        }
        try {
            serve(options, err);
        } finally {
            closed.countDown();
        }
        return ExitCode.OK;
    }

    private void serve(ServeOptions options, PrintWriter err) throws Exception {
        try (SiMineIndex idx = index.openExisting()) {
            WebServer server;
            try {
                server = WebServer.start(idx, options, e -> {
                    err.println("simine: internal error while answering a request: " + e);
                    err.flush();
                });
            } catch (IOException e) {
                throw new InputError(e.getMessage());
            }
            try (server) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopped.countDown();
                    try {
                        closed.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                err.println("simine: serving " + idx.dir() + " (" + idx.count("") + " records) at " + server.url()
                        + "  (Ctrl-C stops)");
                err.flush();
                stopped.await();
            }
        }
    }
}
