package org.simine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.document.IndexField;
import org.simine.index.document.PageText;
import org.simine.index.document.TextAnalyzer;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.query.QueryCompiler;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.Source;
import org.simine.model.Unit;
import org.simine.model.io.RecordFormat;

/**
 * Searches a generated index of a few thousand records in several segments (one paper replaced, so one segment
 * has deleted documents) and checks every count, facet and ranking against an oracle computed here from the
 * generated papers themselves: a record matches a word when its own text (material, value, section, sentence)
 * or any passage or the title of its paper has it, and relevance puts the records with more of the query's words
 * in their own text first, then paper and reading order.
 */
class ScaledSearchTest {
    private static final String[] WORDS = {"silicon", "anode", "lithium", "interface", "electrolyte", "diffusion",
            "kinetics", "coating", "carbon", "nanowire", "particle", "porous", "composite", "binder", "cycling"};
    private static final String[] MATERIALS = {"Si@C", "Si NW", "P-doped Si", "SiOx@C", "Si NP", "B-doped Si"};
    private static final String[] DOPANTS = {"P", "B", "N", "Mn"};
    private static final Property[] PROPERTIES = {Property.CHARGE_TRANSFER_RESISTANCE,
            Property.LI_DIFFUSION_COEFFICIENT, Property.CAPACITY_RETENTION, Property.INITIAL_COULOMBIC_EFFICIENCY};
    private static final int PAPERS = 120;
    private static final int RECORDS_PER_PAPER = 40;

    @TempDir
    static Path dir;
    static SiMineIndex index;
    static final Analyzer ANALYZER = new TextAnalyzer();
    /** Every indexed paper's records in reading order, with its title and page texts, by paper id. */
    static final Map<String, ExtractedPaper> PAPERS_BY_ID = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Random random = new Random(7);
        index = SiMineIndex.open(dir.resolve("index"));
        try (PaperWriter writer = index.writer()) {
            for (int n = 0; n < PAPERS; n++) {
                // papers arrive out of id order, so segment order and paper order differ
                put(writer, paper((n * 37) % PAPERS, random));
                if (n % 30 == 29) {
                    writer.commit(); // one segment per 30 papers
                }
            }
            put(writer, paper(5, random)); // replaces paper 5: its first block is deleted, not merged away
        }
    }

    private static void put(PaperWriter writer, ExtractedPaper p) throws Exception {
        writer.put(p, "/generated/" + p.docId(), "sha256:" + p.docId(), Instant.EPOCH, null);
        PAPERS_BY_ID.put(p.docId(), p);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        ANALYZER.close();
    }

    private static ExtractedPaper paper(int n, Random random) {
        String doc = String.format("10.5555/gen.%04d", n);
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < RECORDS_PER_PAPER; i++) {
            Property property = PROPERTIES[random.nextInt(PROPERTIES.length)];
            String material = MATERIALS[random.nextInt(MATERIALS.length)];
            double value = switch (property) {
                case LI_DIFFUSION_COEFFICIENT -> Math.pow(10, -15 + 5 * random.nextDouble());
                case CHARGE_TRANSFER_RESISTANCE -> 5 + 150 * random.nextDouble();
                case CAPACITY_RETENTION -> 50 + random.nextInt(50); // whole percents: many ties
                default -> 50 + 49 * random.nextDouble();
            };
            value = Math.round(value * 1e3) / 1e3;
            Unit unit = property.units().iterator().next();
            Record.Builder b = Record.builder().doc(doc).material(material).property(property).value(value)
                    .unit(unit).raw(value + " " + unit);
            if (random.nextInt(3) == 0) {
                b.dopant(Dopant.of(random.nextInt(8) == 0 ? List.of("P", "B")
                        : List.of(DOPANTS[random.nextInt(DOPANTS.length)]), null, null));
            }
            String snippet = "The " + material + " shows " + value + " " + unit + ". " + words(random, 6);
            records.add(b.source(Source.text(1, null, i, 0, snippet.length(), snippet, "generated")).build());
        }
        List<PageText> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            // short pages, one passage each; one paper in eight uses LiFSI
            pages.add(new PageText(p, words(random, 20) + (n % 8 == 0 && p == 2 ? " The salt was LiFSI." : "")));
        }
        return new ExtractedPaper(doc, doc, "Generated paper on " + WORDS[random.nextInt(WORDS.length)], 3, pages,
                records);
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    // --- the oracle

    /** A record with its paper and position, as the oracle sees it. */
    record Indexed(Record record, String doc, int ordinal, List<String> own, List<List<String>> paperTexts) {
    }

    private static List<Indexed> all;
    private static final Map<String, List<String>> PHRASES = new HashMap<>();

    static synchronized List<Indexed> all() {
        if (all == null) {
            all = indexed();
        }
        return all;
    }

    private static List<Indexed> indexed() {
        List<Indexed> out = new ArrayList<>();
        for (ExtractedPaper p : PAPERS_BY_ID.values()) {
            List<List<String>> paperTexts = new ArrayList<>();
            p.pages().forEach(page -> paperTexts.add(tokens(page.text())));
            paperTexts.add(tokens(p.title()));
            for (int i = 0; i < p.records().size(); i++) {
                Record r = p.records().get(i);
                String own = String.join("\n", r.material(), r.raw(), r.source().snippet());
                out.add(new Indexed(r, p.docId(), i, tokens(own), paperTexts));
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        return QueryCompiler.tokens(ANALYZER, IndexField.RECORD_TEXT, text);
    }

    /** Whether the tokens hold the phrase (one or more words in a row). */
    static boolean has(List<String> tokens, String phrase) {
        List<String> words;
        synchronized (PHRASES) {
            words = PHRASES.computeIfAbsent(phrase, ScaledSearchTest::tokens);
        }
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            if (tokens.subList(i, i + words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    static boolean ownHas(Indexed r, String phrase) {
        return has(r.own(), phrase);
    }

    static boolean mentions(Indexed r, String phrase) {
        return ownHas(r, phrase) || r.paperTexts().stream().anyMatch(t -> has(t, phrase));
    }

    static Predicate<Indexed> property(Property p) {
        return r -> r.record().property() == p;
    }

    static Predicate<Indexed> dopant(String element) {
        return r -> r.record().dopant() != null && r.record().dopant().elements().contains(element);
    }

    static List<Indexed> matching(Predicate<Indexed> p) {
        return all().stream().filter(p).toList();
    }

    static final Comparator<Indexed> PAPER_ORDER = Comparator.comparing(Indexed::doc)
            .thenComparingInt(Indexed::ordinal);

    static void assertCounts(String query, List<Indexed> expected) throws Exception {
        SearchResult r = index.search(SearchRequest.of(query).withFacets(List.of(FacetDimension.PROPERTY,
                FacetDimension.DOPANT)));
        assertEquals(expected.size(), r.total(), query);
        assertEquals(expected.size(), index.count(query), query + " (count)");
        assertEquals(expected.size(), index.export(query, RecordFormat.JSONL, new StringBuilder()), query + " (export)");
        Map<String, Long> byProperty = expected.stream().collect(Collectors.groupingBy(
                i -> i.record().property().id(), Collectors.counting()));
        Map<String, Long> byDopant = new HashMap<>();
        expected.stream().filter(i -> i.record().dopant() != null)
                .forEach(i -> i.record().dopant().elements().forEach(e -> byDopant.merge(e, 1L, Long::sum)));
        assertEquals(byProperty, asMap(r.facets().get(FacetDimension.PROPERTY)), query + " (property facet)");
        assertEquals(byDopant, asMap(r.facets().get(FacetDimension.DOPANT)), query + " (dopant facet)");
    }

    static Map<String, Long> asMap(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    /** Record ids, which keep failure messages short. */
    static List<String> records(List<Indexed> list) {
        return list.stream().map(i -> RecordId.of(i.record())).toList();
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> RecordId.of(h.record())).toList();
    }

    // --- the tests

    @Test
    void countsAndFacetsEqualTheOracle() throws Exception {
        assertEquals((PAPERS) * RECORDS_PER_PAPER, all().size());
        assertCounts("", all());
        assertCounts("nanowire", matching(r -> mentions(r, "nanowire")));
        assertCounts("silicon nanowire", matching(r -> mentions(r, "silicon") && mentions(r, "nanowire")));
        assertCounts("\"porous carbon\"", matching(r -> mentions(r, "porous carbon")));
        assertCounts("LiFSI AND property:li_diffusion_coefficient",
                matching(property(Property.LI_DIFFUSION_COEFFICIENT).and(r -> mentions(r, "lifsi"))));
        assertCounts("property:charge_transfer_resistance value:<60 dopant:P",
                matching(property(Property.CHARGE_TRANSFER_RESISTANCE).and(dopant("P"))
                        .and(r -> r.record().value() < 60)));
        assertCounts("NOT dopant:B", matching(dopant("B").negate()));
        assertCounts("dopant:P OR text:nanowire", matching(dopant("P").or(r -> ownHas(r, "nanowire"))));
        assertCounts("material:\"Si NW\" NOT lifsi",
                matching(r -> r.record().material().equals("Si NW") && !mentions(r, "lifsi")));
        assertCounts("title:kinetics", matching(r -> has(r.paperTexts().get(r.paperTexts().size() - 1), "kinetics")));
    }

    @Test
    void recordsWithTheWordsInTheirOwnTextRankFirstThenPaperOrder() throws Exception {
        for (String query : List.of("silicon nanowire", "nanowire OR lifsi", "\"porous carbon\"")) {
            List<String> clauses = query.startsWith("\"") ? List.of(query.replace("\"", ""))
                    : List.of(query.replace(" OR", "").split(" "));
            Predicate<Indexed> matches = query.contains(" OR ")
                    ? r -> clauses.stream().anyMatch(c -> mentions(r, c))
                    : r -> clauses.stream().allMatch(c -> mentions(r, c));
            Comparator<Indexed> relevance = Comparator.<Indexed>comparingLong(
                    r -> -clauses.stream().filter(c -> ownHas(r, c)).count()).thenComparing(PAPER_ORDER);
            List<Indexed> expected = matching(matches).stream().sorted(relevance).toList();
            SearchResult page1 = index.search(SearchRequest.of(query).withLimit(30));
            SearchResult page2 = index.search(SearchRequest.of(query).withLimit(30).withOffset(30));
            assertEquals(records(expected.subList(0, 30)), ids(page1),
                    query);
            assertEquals(records(expected.subList(30, 60)), ids(page2),
                    query + " (second page)");
            assertEquals(clauses.stream().filter(c -> ownHas(expected.get(0), c)).count(),
                    (long) page1.hits().get(0).score(), query + ": score counts the clauses in the record's own text");
            assertTrue(expected.stream().anyMatch(r -> clauses.stream().noneMatch(c -> ownHas(r, c))),
                    query + ": some hits match only through their paper");
        }
    }

    @Test
    void paperAndValueOrdersSpanSegments() throws Exception {
        List<Indexed> all = all();
        SearchRequest byPaper = new SearchRequest("", 25, SortOrder.PAPER, List.of()).withOffset(100);
        assertEquals(records(all.stream().sorted(PAPER_ORDER).toList().subList(100, 125)),
                ids(index.search(byPaper)));
        Comparator<Indexed> descending = Comparator.comparing(Indexed::doc, Comparator.reverseOrder())
                .thenComparingInt(Indexed::ordinal);
        assertEquals(records(all.stream().filter(dopant("P")).sorted(descending).toList().subList(0, 25)),
                ids(index.search(new SearchRequest("dopant:P", 25, SortOrder.parse("-paper"), List.of()))));
        Comparator<Indexed> byValue = Comparator.<Indexed>comparingDouble(r -> -r.record().value())
                .thenComparing(PAPER_ORDER);
        assertEquals(records(matching(property(Property.CAPACITY_RETENTION).and(r -> mentions(r, "anode")))
                        .stream().sorted(byValue).toList().subList(0, 25)),
                ids(index.search(new SearchRequest("property:capacity_retention anode", 25, SortOrder.parse("-value"),
                        List.of()))));
    }

    @Test
    void valueOrdersOfDenseHitSetsBreakTiesByPaperAcrossSegments() throws Exception {
        Comparator<Indexed> ascending = Comparator.<Indexed>comparingDouble(r -> r.record().value())
                .thenComparing(PAPER_ORDER);
        Comparator<Indexed> descending = Comparator.<Indexed>comparingDouble(r -> -r.record().value())
                .thenComparing(PAPER_ORDER);
        // D_Li⁺ values are the smallest of the value field: a descending walk meets them last and gives up.
        for (String query : List.of("", "property:capacity_retention", "property:capacity_retention NOT dopant:B",
                "property:li_diffusion_coefficient")) {
            List<Indexed> matches = query.isEmpty() ? all() : query.contains("diffusion")
                    ? matching(property(Property.LI_DIFFUSION_COEFFICIENT))
                    : matching(property(Property.CAPACITY_RETENTION)
                    .and(query.contains("NOT") ? dopant("B").negate() : r -> true));
            for (int offset : new int[] {0, 37}) {
                for (boolean desc : new boolean[] {true, false}) {
                    List<Indexed> expected = matches.stream().sorted(desc ? descending : ascending).toList()
                            .subList(offset, offset + 12);
                    SearchRequest request = new SearchRequest(query, 12, SortOrder.parse(desc ? "-value" : "value"),
                            List.of()).withOffset(offset);
                    assertEquals(records(expected), ids(index.search(request)), query + " " + request.sort());
                }
            }
        }
    }

    @Test
    void keywordOrdersBreakTheirManyTiesByPaperAcrossSegments() throws Exception {
        for (boolean descending : List.of(false, true)) {
            Comparator<Indexed> byMaterial = Comparator.comparing(r -> r.record().material());
            Comparator<Indexed> order = (descending ? byMaterial.reversed() : byMaterial).thenComparing(PAPER_ORDER);
            List<Indexed> expected = matching(r -> mentions(r, "nanowire")).stream().sorted(order).toList();
            SearchRequest request = new SearchRequest("nanowire", 30, SortOrder.parse(descending ? "-material"
                    : "material"), List.of());
            assertEquals(records(expected.subList(0, 30)), ids(index.search(request)), "descending " + descending);
            assertEquals(records(expected.subList(30, 60)), ids(index.search(request.withOffset(30))),
                    "second page, descending " + descending);
        }
    }

    @Test
    void theEmptyQueryIsAnsweredTheSameWhenAskedAgain() throws Exception {
        SearchResult first = index.search(SearchRequest.of("").withLimit(7));
        SearchResult again = index.search(SearchRequest.of("").withLimit(7));
        assertEquals(first.total(), again.total());
        assertEquals(first.facets(), again.facets());
        assertEquals(first.hits(), again.hits());
        assertEquals(records(all().stream().sorted(PAPER_ORDER).toList().subList(0, 7)), ids(first));
    }
}
