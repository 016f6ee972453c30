package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simine serve} in-process: starts on a free port over a real index, answers, stops cleanly. */
class ServeCommandTest {
    @Test
    void servesAnIndexOnLoopbackUntilStopped(@TempDir Path tmp) throws Exception {
        Path paper = tmp.resolve("mn.txt");
        Files.writeString(paper, IndexCommandsTest.OTHER_PAPER);
        String index = tmp.resolve("index").toString();
        assertEquals(0, CliTest.run("ingest", paper.toString(), "--index", index).code());

        CommandLine cl = SiMineCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter()));
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(cl.execute("serve", "--index", index, "--port", "0")));
        serving.start();
        Matcher url = waitFor(err, Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)"));
        assertTrue(err.toString().contains("records)"), err.toString());
        assertTrue(!err.toString().contains("WARNING"), "loopback needs no warning: " + err);

        HttpResponse<String> stats = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"papers\":1"), stats.body());

        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.stopped.countDown();
        serving.join(10_000);
        assertEquals(0, code.get(), err.toString());
    }

    @Test
    void anotherHostIsAnnouncedLoudlyOnStderr(@TempDir Path tmp) {
        CliTest.Run r = CliTest.run("serve", "--host", "0.0.0.0", "--index", tmp.resolve("none").toString());
        assertTrue(r.err().contains("WARNING: serving on 0.0.0.0"), r.err());
        assertTrue(r.err().contains("no login"), r.err());
        assertEquals(ExitCode.INPUT_ERROR, r.code(), "and without an index nothing is served");
    }

    @Test
    void aMissingIndexOrABadPortIsAUsageError(@TempDir Path tmp) {
        CliTest.Run missing = CliTest.run("serve", "--index", tmp.resolve("none").toString());
        assertEquals(ExitCode.INPUT_ERROR, missing.code());
        assertTrue(missing.err().contains("no index here"), missing.err());
        CliTest.Run port = CliTest.run("serve", "--port", "70000", "--index", tmp.toString());
        assertEquals(ExitCode.INPUT_ERROR, port.code());
        assertTrue(port.err().contains("port must be in 0..65535"), port.err());
    }

    private static Matcher waitFor(StringWriter err, Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = pattern.matcher(err.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not report its address: " + err);
    }
}
