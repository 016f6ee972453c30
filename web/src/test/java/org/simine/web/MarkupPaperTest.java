package org.simine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.PaperWriter;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * A paper ingested from publisher HTML: its record view carries the whole paragraph with the value marked, and
 * its file is only ever a download (the page holds a script: served as the app's own HTML it would run).
 */
class MarkupPaperTest {
    static final String DOC = "10.9999/markup.1";
    static final String HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script><p>x</p></body></html>";

    @TempDir
    static Path dir;
    static SiMineIndex index;
    static WebServer server;
    static Http http;
    static Record record;
    static final List<Exception> internalErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path file = Files.writeString(dir.resolve("paper.html"), HTML);
        String sentence = "It retains 91% at 1C.";
        List<ExtractedPaper.Paragraph> paragraphs = List.of(new ExtractedPaper.Paragraph("Results", "Results"),
                new ExtractedPaper.Paragraph("Results", "The Si@C anode was cycled at 91 cycles. " + sentence));
        record = Record.builder().doc(DOC).material("Si@C").property(Property.CAPACITY_RETENTION).value(91.0)
                .unit(Unit.PERCENT).raw("91%").source(Source.text(null, "Results", 1, 60, 63, sentence, "r")
                        .withParagraph(1)).build();
        index = SiMineIndex.open(dir.resolve("index"));
        try (PaperWriter writer = index.writer()) {
            writer.put(new ExtractedPaper(DOC, DOC, "A Si@C anode", 1, List.of(new PageText(null, "x")),
                    List.of(record), "html", 2, paragraphs), file.toString(), "sha256:00", Instant.now(), null);
        }
        index.refresh();
        server = WebServer.start(index, ServeOptions.loopback(0), internalErrors::add);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
        assertEquals(List.of(), internalErrors);
    }

    @Test
    void theRecordViewShowsTheParagraphWithTheValueMarkedInItsSentence() throws Exception {
        JsonNode view = http.get("/api/records/" + RecordId.of(record)).json();
        JsonNode paragraph = view.get("paragraph");
        assertEquals(1, paragraph.get("number").asInt());
        assertEquals("Results", paragraph.get("section").asText());
        JsonNode parts = paragraph.get("text");
        assertEquals("The Si@C anode was cycled at 91 cycles. It retains ", parts.get(0).get("text").asText());
        assertEquals("91%", parts.get(1).get("text").asText());
        assertTrue(parts.get(1).get("mark").asBoolean());
        assertEquals("html", view.get("paper").get("format").asText());
        assertFalse(view.get("source_link").asText().contains("#page="));
    }

    @Test
    void theHtmlFileIsADownloadNeverRendered() throws Exception {
        JsonNode paper = http.get("/api/papers").json().get("papers").get(0);
        Http.Response file = http.get(paper.get("file").asText());
        assertEquals(200, file.status());
        assertEquals("application/octet-stream", file.contentType());
        assertTrue(file.header("Content-Disposition").startsWith("attachment; filename=\"paper.html\""));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
        assertTrue(file.header("Content-Security-Policy").contains("sandbox"));
        assertTrue(Arrays.equals(HTML.getBytes(java.nio.charset.StandardCharsets.UTF_8), file.raw().body()));
    }
}
