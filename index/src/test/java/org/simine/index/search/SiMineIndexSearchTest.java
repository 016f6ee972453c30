package org.simine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.TestRecords;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.query.QuerySyntaxException;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.Unit;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordFormat;
import org.simine.model.io.RecordJson;

/** Searches an on-disk index of hand-made papers whose records cover the query features. */
class SiMineIndexSearchTest {
    static final String A = "10.1000/a";
    static final String B = "sha256:bbbb";

    static final Record RCT_P = TestRecords.rct(A, "P", 53.1, 150.9);
    static final Record RCT_B = TestRecords.rct(A, "B", 7.42, 13.32);
    static final Record RCT_MN = TestRecords.rct(A, "Mn", 59, 101);
    static final Record DLI_A = TestRecords.dli(A, "P-doped Si", 1.335e-12);
    static final Record RET_SIC = TestRecords.retention(A, "Si@C", 67, 2, RateUnit.A_PER_G);
    static final Record RET_NW = TestRecords.retention(A, "Si NW", 72, 5, RateUnit.C);
    static final Record RET_LOW_RATE = TestRecords.retention(A, "Si NP", 80, 0.5, RateUnit.C);
    static final Record DLI_B = TestRecords.dli(B, "Si", 3e-13);
    static final Record RCT_B_P = TestRecords.rct(B, "P", 70, 120).toBuilder().unit(Unit.OHM_CM2).build();
    static final Record ICE_B = Record.builder().doc(B).material("Si/C").property(Property.INITIAL_COULOMBIC_EFFICIENCY)
            .value(86.9).unit(Unit.PERCENT).raw("86.9%").dopant(Dopant.of(List.of("B"), null, null))
            .source(TestRecords.dli(B, "x", 1).source()).build();

    @TempDir
    static Path dir;
    static SiMineIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = SiMineIndex.open(dir.resolve("index"));
        try (PaperWriter writer = index.writer()) {
            writer.put(TestRecords.paper(A, "Phosphorus-doped silicon anodes", List.of(
                    "1 Introduction\nSilicon anodes suffer from slow kinetics.\n\n2 Experimental\n"
                            + "The electrolyte was 1 M LiFSI in EC/DEC, which forms a LiF-rich interphase.",
                    "3 Results\nThe R_ct of the P-doped Si anode decreased from 150.9 to 53.1 Ω."),
                    List.of(RCT_P, RCT_B, RCT_MN, DLI_A, RET_SIC, RET_NW, RET_LOW_RATE)), "/papers/a.pdf", "sha256:a",
                    Instant.parse("2025-01-01T00:00:00Z"), null);
            writer.put(TestRecords.paper(B, null, List.of("Silicon with LiPF6 electrolyte.\nNothing else here."),
                    List.of(DLI_B, RCT_B_P, ICE_B)), "/papers/b.txt", B, Instant.parse("2025-01-02T00:00:00Z"), null);
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static List<Record> records(SearchResult result) {
        return result.hits().stream().map(RecordHit::record).toList();
    }

    @Test
    void pDopedSiWithRctBelow60Ohm() throws Exception {
        SearchResult r = index.search("property:charge_transfer_resistance value:<60 dopant:P");
        assertEquals(List.of(RCT_P), records(r));
        assertEquals(1, r.total());
        assertEquals("Phosphorus-doped silicon anodes", r.hits().get(0).paper().title());
        assertEquals("P-doped Si **53.1 Ω**", r.hits().get(0).snippet());
    }

    @Test
    void retentionOfAtLeast70PercentAtAtLeast5C() throws Exception {
        assertEquals(List.of(RET_NW), records(index.search("property:capacity_retention value:>=70 rate:>=5C")));
        assertEquals(List.of(RET_NW), records(index.search("property:retention value:>=70% rate:>=5c")));
    }

    @Test
    void papersMentioningLiFsiWithDLi() throws Exception {
        SearchResult r = index.search("\"LiFSI\" AND property:li_diffusion_coefficient");
        assertEquals(List.of(DLI_A), records(r));
        RecordHit hit = r.hits().get(0);
        assertNotNull(hit.passage(), "the word is not in the record's sentence, so a passage shows where it is");
        assertEquals(1, hit.passage().page());
        assertEquals("2 Experimental", hit.passage().section());
        assertTrue(hit.passageSnippet().contains("1 M **LiFSI** in EC/DEC"), hit.passageSnippet());
        assertEquals(List.of(DLI_B), records(index.search("property:dli NOT LiFSI")));
    }

    @Test
    void recordsWhoseOwnTextHasTheWordRankFirst() throws Exception {
        SearchResult r = index.search("nw OR lifsi");
        assertEquals(RET_NW, r.hits().get(0).record());
        assertEquals(7, r.total(), "every record of paper A: it mentions LiFSI");
        assertNull(r.hits().get(0).passage());
        assertTrue(r.hits().get(0).snippet().contains("Si **NW**"), r.hits().get(0).snippet());
    }

    @Test
    void materialMatchesWholeNamesWordsAndWildcards() throws Exception {
        assertEquals(List.of(RET_SIC), records(index.search("material:Si@C")));
        assertEquals(List.of(RET_SIC), records(index.search("material:si@c")));
        assertEquals(List.of(RET_NW), records(index.search("material:\"si nw\"")));
        assertEquals(List.of(RET_SIC, ICE_B),
                records(index.search(new SearchRequest("material:Si?C", 10, SortOrder.PAPER, List.of()))));
    }

    @Test
    void unitAwareRanges() throws Exception {
        assertEquals(List.of(RCT_P, RCT_B, RCT_MN), records(index.search(
                new SearchRequest("value:<0.06kOhm", 20, SortOrder.PAPER, List.of()))));
        assertEquals(List.of(DLI_B), records(index.search("value:<1e-12")));
        assertEquals(List.of(DLI_B), records(index.search("value:<1e-16m2/s")));
        assertEquals(List.of(RET_SIC), records(index.search("rate:>=500mA/g")));
        assertEquals(List.of(RET_SIC), records(index.search("rate:>=2A/g")));
        assertEquals(List.of(RCT_B_P), records(index.search("property:rct unit:ohmcm2")));
        assertEquals(List.of(DLI_A), records(index.search("log10:-12..-11")));
        assertEquals(List.of(RCT_P), records(index.search("value:53.1")));
    }

    @Test
    void sortsByValueWithMissingValuesLast() throws Exception {
        SearchRequest byValue = new SearchRequest("property:rct", 10, SortOrder.parse("-value"), List.of());
        assertEquals(List.of(RCT_B_P, RCT_MN, RCT_P, RCT_B), records(index.search(byValue)));
        SearchRequest ascending = byValue.withSort(SortOrder.parse("value"));
        assertEquals(List.of(RCT_B, RCT_P, RCT_MN, RCT_B_P), records(index.search(ascending)));
        SearchRequest byRate = new SearchRequest("", 3, SortOrder.parse("rate:desc"), List.of());
        assertEquals(List.of(RET_NW, RET_SIC, RET_LOW_RATE), records(index.search(byRate)));
        assertThrows(IllegalArgumentException.class, () -> SortOrder.parse("colour"));
    }

    @Test
    void sortsByMaterialPropertyAndBaselineWithMissingKeysLast() throws Exception {
        SearchRequest byMaterial = new SearchRequest("property:retention", 10, SortOrder.parse("material"), List.of());
        assertEquals(List.of(RET_LOW_RATE, RET_NW, RET_SIC), records(index.search(byMaterial)), "Si NP, Si NW, Si@C");
        SearchRequest byBaseline = new SearchRequest("dopant:P OR property:ice", 10, SortOrder.parse("-baseline"),
                List.of());
        assertEquals(List.of(RCT_P, RCT_B_P, ICE_B), records(index.search(byBaseline)));
        SearchRequest byProperty = new SearchRequest("doc:\"" + B + "\"", 10, SortOrder.parse("property"), List.of());
        assertEquals(List.of(RCT_B_P, ICE_B, DLI_B), records(index.search(byProperty)));
    }

    @Test
    void pagesOfHitsFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        SearchRequest first = new SearchRequest("", 4, SortOrder.PAPER, List.of());
        List<Record> all = records(index.search(first.withLimit(10)));
        assertEquals(all.subList(0, 4), records(index.search(first)));
        assertEquals(all.subList(4, 8), records(index.search(first.withOffset(4))));
        SearchResult last = index.search(first.withOffset(8));
        assertEquals(all.subList(8, 10), records(last));
        assertEquals(10, last.total(), "the total counts all matches, whatever the page");
        assertTrue(index.search(first.withOffset(20)).hits().isEmpty());
    }

    @Test
    void oneRecordIsFoundByItsIdAndAPapersRecordsInReadingOrder() throws Exception {
        assertEquals(Optional.of(RCT_MN), index.record(RecordId.of(RCT_MN)));
        assertEquals(Optional.empty(), index.record("0000000000000000"));
        assertEquals(List.of(DLI_B, RCT_B_P, ICE_B), index.recordsOfPaper(B));
        assertEquals(List.of(), index.recordsOfPaper("10.1000/none"));
        assertEquals(List.of(RCT_P, RCT_B), index.records("", 2));
    }

    @Test
    void facetsCountAllMatchesNotOnlyTheShownOnes() throws Exception {
        SearchResult r = index.search(SearchRequest.of("").withLimit(1));
        assertEquals(10, r.total());
        assertEquals(1, r.hits().size());
        Facets f = r.facets();
        assertEquals(4, f.count(FacetDimension.PROPERTY, "charge_transfer_resistance"));
        assertEquals(3, f.count(FacetDimension.PROPERTY, "capacity_retention"));
        assertEquals(2, f.count(FacetDimension.DOPANT, "P"));
        assertEquals(2, f.count(FacetDimension.DOPANT, "B"));
        assertEquals(2, f.count(FacetDimension.RATE_UNIT, "C"));
        assertEquals(4, f.count(FacetDimension.SOURCE_KIND, "table"));
        assertEquals("charge_transfer_resistance", f.get(FacetDimension.PROPERTY).get(0).value());
    }

    @Test
    void exportWritesTheMatchingRecordsInReadingOrderAsCsvAndJsonl() throws Exception {
        StringBuilder csv = new StringBuilder();
        assertEquals(10, index.export("", RecordFormat.CSV, csv));
        assertTrue(csv.toString().startsWith(String.join(",", RecordCsv.HEADER) + "\n"), csv.toString());
        List<Record> all = RecordCsv.read(new StringReader(csv.toString()));
        assertEquals(List.of(RCT_P, RCT_B, RCT_MN, DLI_A, RET_SIC, RET_NW, RET_LOW_RATE, DLI_B, RCT_B_P, ICE_B), all);
        StringBuilder jsonl = new StringBuilder();
        assertEquals(3, index.export("property:rct dopant:P OR dopant:Mn", RecordFormat.JSONL, jsonl));
        assertEquals(List.of(RCT_P, RCT_MN, RCT_B_P), RecordJson.readJsonl(new StringReader(jsonl.toString())));
    }

    @Test
    void badQueriesAreSyntaxErrorsNotLuceneErrors() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search("value:<"));
        assertEquals("query error at 8: expected a number after 'value:<'", e.getMessage());
    }

    @Test
    void statsCountPapersPassagesRecordsPropertiesAndMaterials() throws Exception {
        IndexStats s = index.stats(3);
        assertEquals(2, s.papers());
        assertEquals(10, s.records());
        assertTrue(s.passages() >= 4, "passages: " + s.passages());
        assertEquals(new FacetCount("charge_transfer_resistance", 4), s.byProperty().get(0));
        assertEquals(3, s.byMaterial().size());
        assertEquals(A, s.byPaper().get(0).docId());
        assertEquals(7, s.byPaper().get(0).records());
    }
}
