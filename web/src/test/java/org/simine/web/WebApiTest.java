package org.simine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simine.index.SiMineIndex;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordJson;

/** The JSON API on a real server (random port) over a real index of the review PDF and a text paper. */
class WebApiTest {
    static ReviewIndex fixture;
    static SiMineIndex index;
    static WebServer server;
    static Http http;
    static final List<Exception> internalErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        fixture = ReviewIndex.get();
        index = fixture.index;
        server = WebServer.start(index, ServeOptions.loopback(0), internalErrors::add);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        assertEquals(List.of(), internalErrors, "no request may fail inside the server");
    }

    @Test
    void theFixtureIndexHoldsTheReviewsRecordsAndTheTextPaper() throws Exception {
        assertFalse(fixture.summary.anyFailed(), () -> fixture.summary.outcomes().toString());
        assertTrue(index.count("doc:\"" + ReviewIndex.REVIEW_DOC + "\"") >= 132, "the review's six tables alone give 132");
        assertEquals(1, index.count("property:ice value:86.9 material:Si@C NOT doc:\"" + ReviewIndex.REVIEW_DOC + "\""));
    }

    @Test
    void searchGivesTotalHitsWithIdsAndSnippetsAndFacetsOverAllMatches() throws Exception {
        Http.Response r = http.query("/api/search", "property:rct", "limit=5");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode body = r.json();
        long total = body.get("total").asLong();
        assertEquals(index.count("property:rct"), total);
        assertEquals(Math.min(5, total), body.get("hits").size());
        for (JsonNode hit : body.get("hits")) {
            Record record = RecordJson.fromJson(hit.get("record").toString());
            assertEquals("charge_transfer_resistance", record.property().id());
            assertEquals(RecordId.of(record), hit.get("id").asText());
            assertTrue(hit.get("snippet").isArray());
        }
        List<String> names = new ArrayList<>();
        body.get("facets").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(List.of("property", "dopant", "rate_unit", "source", "paper"), names);
        JsonNode property = body.get("facets").get(0).get("values");
        assertEquals(1, property.size());
        assertEquals(total, property.get(0).get("count").asLong(), "facets count all matches, not the page");
    }

    @Test
    void everyFacetValuesFilterSelectsExactlyItsCount() throws Exception {
        JsonNode facets = http.query("/api/search", "", "limit=0").json().get("facets");
        int checked = 0;
        for (JsonNode facet : facets) {
            for (JsonNode value : facet.get("values")) {
                String filter = value.get("filter").asText();
                JsonNode filtered = http.query("/api/search", filter, "limit=0").json();
                assertEquals(value.get("count").asLong(), filtered.get("total").asLong(), filter);
                checked++;
            }
        }
        assertTrue(checked >= 8, "facet values checked: " + checked);
        JsonNode paper = facets.get(4).get("values").get(0);
        assertFalse(paper.get("label").asText().isBlank());
    }

    /**
     * The property facet offers "retention" (rate capability and retention after N cycles, in %) right before its
     * members; each record keeps its own property, so the members are still listed, under the group.
     */
    @Test
    void thePropertyFacetOffersTheRetentionGroupBeforeItsMembers() throws Exception {
        JsonNode values = http.query("/api/search", "", "limit=0").json().get("facets").get(0).get("values");
        int at = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).get("value").asText().equals("retention")) {
                at = i;
            }
        }
        assertTrue(at >= 0, values.toString());
        JsonNode group = values.get(at);
        assertEquals("property:retention", group.get("filter").asText());
        assertEquals("[\"capacity_retention\",\"cycling_stability\"]", group.get("members").toString());
        long retention = index.count("property:capacity_retention");
        long cycling = index.count("property:cycling_stability unit:%");
        assertTrue(retention > 0, "the review states rate capabilities");
        assertEquals(retention + cycling, group.get("count").asLong());
        List<String> under = new ArrayList<>();
        for (int i = at + 1; i < values.size() && values.get(i).has("group"); i++) {
            assertEquals("retention", values.get(i).get("group").asText());
            under.add(values.get(i).get("value").asText());
        }
        assertTrue(under.contains("capacity_retention"), values.toString());
        assertEquals(cycling > 0 || index.count("property:cycling_stability") > 0, under.contains("cycling_stability"),
                values.toString());

        JsonNode rct = http.query("/api/search", "property:rct", "limit=0").json().get("facets").get(0).get("values");
        rct.forEach(v -> assertFalse(v.has("members"), "no retention record, no group: " + rct));
    }

    @Test
    void pagesFollowEachOtherAndLimitsAreBounded() throws Exception {
        JsonNode first = http.query("/api/search", "", "limit=10&sort=paper").json();
        JsonNode second = http.query("/api/search", "", "limit=10&offset=10&sort=paper").json();
        Set<String> ids = new HashSet<>();
        first.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        second.get("hits").forEach(h -> assertTrue(ids.add(h.get("id").asText()), "repeated " + h.get("id")));
        assertEquals(20, ids.size());
        JsonNode capped = http.query("/api/search", "", "limit=100000").json();
        assertEquals(200, capped.get("limit").asInt(), "the limit is capped, and the answer says so");
        assertEquals(Math.min(200, index.count("")), capped.get("hits").size());
        assertError(http.query("/api/search", "", "offset=9990&limit=20"), 400, "offset + limit must be at most 10000");
        assertError(http.query("/api/search", "", "limit=many"), 400, "limit must be a whole number");
        assertError(http.query("/api/search", "", "sort=colour"), 400, "unknown sort 'colour'");
    }

    @Test
    void sortingByAColumnOrdersTheHits() throws Exception {
        JsonNode hits = http.query("/api/search", "property:rct", "limit=200&sort=-value").json().get("hits");
        double previous = Double.MAX_VALUE;
        boolean valueless = false;
        for (JsonNode hit : hits) {
            // A purely relative statement ("70% decrease in impedance": factor 0.3) has no value: it sorts last.
            JsonNode value = hit.get("record").get("value");
            if (value == null) {
                valueless = true;
                continue;
            }
            assertFalse(valueless, "a record with a value after one without");
            double v = value.asDouble();
            assertTrue(v <= previous, v + " after " + previous);
            previous = v;
        }
    }

    @Test
    void oneRecordComesWithItsSourceTextValueMarkedPaperAndPageLink() throws Exception {
        JsonNode hit = http.query("/api/search", "property:rct source:table dopant:P", "limit=1").json()
                .get("hits").get(0);
        Http.Response r = http.get("/api/records/" + hit.get("id").asText());
        assertEquals(200, r.status(), r.body());
        JsonNode view = r.json();
        assertEquals(hit.get("record"), view.get("record"));
        Record record = RecordJson.fromJson(view.get("record").toString());
        StringBuilder whole = new StringBuilder();
        List<String> marked = new ArrayList<>();
        view.get("snippet").forEach(p -> {
            whole.append(p.get("text").asText());
            if (p.get("mark").asBoolean()) {
                marked.add(p.get("text").asText());
            }
        });
        assertEquals(record.source().snippet(), whole.toString(), "the whole sentence or row, in parts");
        assertEquals(List.of(record.raw()), marked, "the value is marked");
        assertEquals(ReviewIndex.REVIEW_DOC, view.get("paper").get("doc").asText());
        assertEquals("/files/" + PaperIds.of(ReviewIndex.REVIEW_DOC) + "#page=" + record.source().page(),
                view.get("source_link").asText());
    }

    @Test
    void aPaperComesWithAllItsRecordsInReadingOrder() throws Exception {
        JsonNode papers = http.get("/api/papers").json().get("papers");
        assertEquals(3 + ReviewIndex.SMALL_PAPERS, papers.size());
        JsonNode review = papers.get(0);
        assertEquals(ReviewIndex.REVIEW_DOC, review.get("doc").asText());
        JsonNode paper = http.get("/api/papers/" + review.get("id").asText()).json();
        List<Record> records = new ArrayList<>();
        for (JsonNode r : paper.get("records")) {
            records.add(RecordJson.fromJson(r.get("record").toString()));
        }
        assertEquals(index.recordsOfPaper(ReviewIndex.REVIEW_DOC), records);
        assertEquals(review.get("record_count").asInt(), records.size());
        assertEquals("review-si-kinetics-ees2025.pdf", paper.get("file_name").asText());
        assertFalse(paper.toString().contains(ReviewIndex.ROOT.toString()), "no server paths are given away");
    }

    @Test
    void exportGivesTheCommandLinesCsvAndJsonlForTheQuery() throws Exception {
        List<Record> expected = index.records("property:retention");
        Http.Response csv = http.query("/api/export", "property:retention", "format=csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
        assertTrue(csv.body().startsWith(String.join(",", RecordCsv.HEADER) + "\n"));
        assertEquals(expected, RecordCsv.read(new StringReader(csv.body())));
        Http.Response jsonl = http.query("/api/export", "property:retention", "format=jsonl");
        assertEquals(expected, RecordJson.readJsonl(new StringReader(jsonl.body())));
        assertEquals(index.count(""), http.get("/api/export?format=jsonl").body().lines().count(), "no q: everything");
        assertError(http.query("/api/export", "", "format=xlsx"), 400, "format must be csv or jsonl");
    }

    @Test
    void pointsGiveCompactRecordsForPlots() throws Exception {
        JsonNode body = http.query("/api/points", "property:retention", "").json();
        assertEquals(index.count("property:retention"), body.get("total").asLong());
        JsonNode first = body.get("points").get(0);
        assertNotNull(first.get("record").get("value"));
        assertTrue(first.get("record").get("source") == null, "no source text in plot data");
        assertEquals(3, http.query("/api/points", "", "limit=3").json().get("points").size());
    }

    @Test
    void aBadQueryIs400WithThePositionOfTheMistake() throws Exception {
        Http.Response r = http.query("/api/search", "value:<", "");
        assertError(r, 400, "query error at 8: expected a number after 'value:<'");
        assertEquals(8, r.json().get("position").asInt());
        assertError(http.query("/api/export", "property:rct AND (", ""), 400, "query error");
        assertError(http.query("/api/points", "\"open phrase", ""), 400, "missing closing");
    }

    @Test
    void aQueryLongerThan1000CharactersIsRefused() throws Exception {
        Http.Response r = http.query("/api/search", "si ".repeat(334), "");
        assertError(r, 400, "at most 1000 are accepted");
        assertEquals(1001, r.json().get("position").asInt());
        assertEquals(200, http.query("/api/search", "si ".repeat(333).strip(), "limit=1").status());
    }

    @Test
    void unknownIdsAndRoutesAre404InJson() throws Exception {
        assertError(http.get("/api/records/0123456789abcdef"), 404, "no record with id '0123456789abcdef'");
        assertError(http.get("/api/records/not-an-id"), 404, "no record with id");
        assertError(http.get("/api/papers/" + PaperIds.of("10.1000/nothing")), 404, "no paper with id");
        assertError(http.get("/api/papers/%2E%2E"), 404, "no paper");
        assertError(http.get("/files/" + PaperIds.of("10.1000/nothing")), 404, "no paper with this id");
        assertError(http.get("/api/nothing-here"), 404, "nothing at GET /api/nothing-here");
    }

    @Test
    void theFileOfAPaperIsServedByPaperIdOnly() throws Exception {
        Http.Response pdf = http.get("/files/" + PaperIds.of(ReviewIndex.REVIEW_DOC));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.header("Content-Disposition").startsWith("inline"));
        assertTrue(Arrays.equals(Files.readAllBytes(ReviewIndex.REVIEW), pdf.raw().body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/files/../../etc/passwd", "/files/..%2F..%2Fetc%2Fpasswd", "/files/%2e%2e/%2e%2e/etc/passwd",
            "/files/..%252F..%252Fetc%252Fpasswd", "/files/%2Fetc%2Fpasswd", "/files/....//....//etc/passwd",
            "/files/..\\..\\etc\\passwd", "/files/%c0%ae%c0%ae/etc/passwd", "/files//etc/passwd", "/files/~root",
            "/files/L2V0Yy9wYXNzd2Q"})
    void pathTraversalAttemptsGet4xxAndNoFile(String target) throws Exception {
        String response = http.raw(target, "127.0.0.1");
        int status = Http.status(response);
        assertTrue(status >= 400 && status < 500, target + " -> " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("root:"), target + " leaked /etc/passwd");
    }

    @Test
    void textFromPapersTravelsAsJsonTextNeverAsMarkup() throws Exception {
        Http.Response r = http.query("/api/search", "property:ice material:Si@C script", "");
        JsonNode hits = r.json().get("hits");
        assertEquals(1, hits.size(), r.body());
        StringBuilder snippet = new StringBuilder();
        hits.get(0).get("snippet").forEach(p -> snippet.append(p.get("text").asText()));
        assertTrue(snippet.toString().contains(ReviewIndex.SCRIPT), snippet.toString());
        assertTrue(r.contentType().startsWith("application/json"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        Http.Response file = http.get(hits.get(0).get("source_link").asText());
        assertTrue(file.contentType().startsWith("text/plain"), file.contentType());
        assertTrue(file.header("Content-Security-Policy").contains("sandbox"));
    }

    @Test
    void thePageTheOpenApiDescriptionAndTheChartLibraryAreServed() throws Exception {
        Http.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        String chart = page.body().replaceAll("(?s).*<script src=\"([^\"]+chart[^\"]+)\".*", "$1");
        assertEquals(200, http.get(chart).status(), chart);
        JsonNode openApi = http.get("/api/openapi.json").json();
        assertEquals("3.0.3", openApi.get("openapi").asText());
        for (String path : List.of("/api/search", "/api/points", "/api/export", "/api/records/{id}", "/api/papers",
                "/api/papers/{paper_id}", "/api/stats", "/files/{paper_id}", "/api/facets/{name}", "/api/compare")) {
            assertNotNull(openApi.get("paths").get(path), path);
        }
        JsonNode stats = http.get("/api/stats").json();
        assertEquals(index.count(""), stats.get("records").asLong());
    }

    @Test
    void requestsForOtherHostNamesAreRefusedOnLoopback() throws Exception {
        assertEquals(403, Http.status(http.raw("/api/stats", "attacker.example")));
        assertEquals(403, Http.status(http.raw("/api/stats", "127.attacker.example:80")));
        assertEquals(200, Http.status(http.raw("/api/stats", "localhost:" + server.port())));
        assertEquals(200, Http.status(http.raw("/api/stats", "[::1]:" + server.port())));
    }

    /** Issue 13 item 4: papers named by title, first author and year; the facet's values all behind "more". */
    @Test
    void thePaperDetailsNameTheAuthorsYearTablesAndReferences() throws Exception {
        JsonNode paper = http.get("/api/papers/" + PaperIds.of(ReviewIndex.REVIEW_DOC)).json();
        assertEquals("Pingshan Jia", paper.get("first_author").asText());
        assertEquals(21, paper.get("author_count").asInt());
        assertEquals("Huaiyu Shao", paper.get("authors").get(20).asText());
        assertEquals(2025, paper.get("year").asInt());
        assertEquals(6, paper.get("tables").size());
        JsonNode table2 = paper.get("tables").get(1);
        assertEquals("2", table2.get("label").asText());
        assertEquals("[\"Element\",\"Concentration (%)\",\"RCT (Ohm)\",\"Original RCT (Ohm)\",\"DLi+ (cm2 s−1)\","
                + "\"Original DLi+ (cm2 s−1)\",\"Ref.\"]", table2.get("header").get(0).toString());
        assertEquals(17, table2.get("body").size());
        assertEquals(250, paper.get("references").size(), "the review's reference list runs 1 to 250");
        assertEquals("A. Nulu, V. Nulu and K. Y. Sohn, J. Alloys Compd., 2022, 911, 164976.",
                paper.get("references").get(92).get("text").asText());

        JsonNode all = http.query("/api/facets/paper", "", "").json();
        assertEquals(index.stats(0).byPaper().stream().filter(p -> p.records() > 0).count(), all.get("values").size());
        for (JsonNode v : all.get("values")) {
            assertEquals(index.count(v.get("filter").asText()), v.get("count").asLong());
            assertFalse(v.get("label").asText().isBlank());
        }
        assertError(http.get("/api/facets/colour"), 404, "no facet 'colour'");
    }

    /** Issue 13 item 3: a table value comes with its caption, column header, row and the reference it cites. */
    @Test
    void aTableRecordComesWithItsCaptionColumnHeaderRowAndReference() throws Exception {
        Record ni = index.records("property:rct source:table dopant:Ni").get(0);
        JsonNode table = http.get("/api/records/" + RecordId.of(ni)).json().get("table");
        assertEquals("Typical strategies of element doping for improving the kinetics of Si anodes",
                table.get("caption").asText());
        assertEquals("RCT (Ohm)", table.get("column_header").asText());
        assertEquals("Ni", table.get("row").get(0).asText());
        assertEquals("52", table.get("row").get(table.get("column_number").asInt() - 1).asText());
        assertEquals(ni.raw(), "52");
        assertEquals(1, table.get("reference_from_row").asInt(), "Ni continues the row group Mn opens");
        assertEquals(93, table.get("references").get(0).get("number").asInt());
        assertTrue(table.get("references").get(0).get("text").asText().startsWith("A. Nulu"));
        Record text = index.records("property:ice material:Si@C script").get(0);
        assertFalse(http.get("/api/records/" + RecordId.of(text)).json().has("table"), "a text record has no table");
    }

    /** Issue 13 item 5: two to five materials side by side at matched conditions, as JSON and CSV. */
    @Test
    void compareGivesMaterialsSideBySideAtMatchedConditions() throws Exception {
        JsonNode body = http.get("/api/compare?m=P-doped+Si&m=Co-doped+Si").json();
        assertEquals("[\"P-doped Si\",\"Co-doped Si\"]", body.get("materials").toString());
        JsonNode rct = body.get("rows").get(0);
        assertEquals("charge_transfer_resistance", rct.get("property").asText());
        assertEquals("[[53.1,56.6,114.4],[5.6,6.5,8.8]]", rct.get("values").toString());
        assertEquals(2, body.get("matched_rows").asInt(), "R_ct and D_Li+, both from Table 2");
        Http.Response csv = http.get("/api/compare?m=P-doped+Si&m=Co-doped+Si&format=csv");
        assertEquals("attachment; filename=\"simine-compare-p-doped-si-vs-co-doped-si.csv\"",
                csv.header("Content-Disposition"));
        assertEquals("property,unit,rate,rate_unit,cycles,P-doped Si,Co-doped Si",
                csv.body().lines().findFirst().orElseThrow());
        assertTrue(csv.body().contains("\ncharge_transfer_resistance,Ohm,,,,53.1; 56.6; 114.4,5.6; 6.5; 8.8\n"),
                csv.body());
        assertError(http.get("/api/compare?m=Si"), 400, "compare takes 2 to 5 materials");
        assertError(http.get("/api/compare?m=a&m=b&m=c&m=d&m=e&m=f"), 400, "got 6");
        JsonNode narrowed = http.query("/api/compare", "value:<55", "m=P-doped+Si&m=Co-doped+Si").json();
        assertEquals("[[53.1],[5.6,6.5,8.8]]", narrowed.get("rows").get(0).get("values").toString(),
                "the comparison runs over the query's selection");
    }

    /** Issue 13 item 5: the silicon switch keeps records whose material or paper is about silicon. */
    @Test
    void theSiliconSwitchLeavesOutPapersAboutOtherMaterials() throws Exception {
        long all = http.query("/api/search", "property:ice", "limit=0").json().get("total").asLong();
        long silicon = http.query("/api/search", "property:ice", "limit=0&silicon=1").json().get("total").asLong();
        assertEquals(index.count("property:ice"), all);
        assertEquals(all - 1, silicon, "only the graphite paper's record is left out");
        assertEquals(0, index.count("property:ice material:graphite silicon:true"));
        assertEquals(index.count("doc:\"" + ReviewIndex.REVIEW_DOC + "\""),
                index.count("doc:\"" + ReviewIndex.REVIEW_DOC + "\" silicon:true"), "the review is about Si");
        Http.Response bad = http.query("/api/search", "value:<", "silicon=1");
        assertEquals(8, bad.json().get("position").asInt(), "a mistake is placed in the user's own query");
    }

    /** Issue 13 item 6: download names carry the query; Jetty's own refusals carry the security headers. */
    @Test
    void exportNamesCarryTheQueryAndEveryRefusalCarriesTheSecurityHeaders() throws Exception {
        assertEquals("attachment; filename=\"simine-rct-below-60.csv\"",
                http.query("/api/export", "property:rct value:<60", "format=csv").header("Content-Disposition"));
        assertEquals("attachment; filename=\"simine-all.jsonl\"",
                http.get("/api/export?format=jsonl").header("Content-Disposition"));
        String host = "Host: 127.0.0.1:" + server.port() + "\r\n";
        String uriTooLong = http.send("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host
                + "Connection: close\r\n\r\n");
        String headersTooLarge = http.send("GET /api/stats HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        String malformed = http.send("GET /api/stats HTTP/1.1\r\n" + host + "Bad Header Line\r\n\r\n");
        String ours = http.send("GET /api/search?q=value%3A%3C HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        assertEquals(414, Http.status(uriTooLong), uriTooLong.lines().findFirst().orElse(""));
        assertEquals(431, Http.status(headersTooLarge), headersTooLarge.lines().findFirst().orElse(""));
        assertEquals(400, Http.status(malformed), malformed.lines().findFirst().orElse(""));
        assertEquals(400, Http.status(ours));
        for (String response : List.of(uriTooLong, headersTooLarge, malformed, ours)) {
            String first = response.lines().findFirst().orElse("");
            assertEquals("nosniff", Http.header(response, "X-Content-Type-Options"), first);
            assertEquals("DENY", Http.header(response, "X-Frame-Options"), first);
            assertEquals("no-referrer", Http.header(response, "Referrer-Policy"), first);
            assertEquals(RequestGuard.PAGE_POLICY, Http.header(response, "Content-Security-Policy"), first);
        }
    }

    static void assertError(Http.Response r, int status, String messagePart) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        String error = r.json().get("error").asText();
        assertTrue(error.contains(messagePart), error);
    }
}
