package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;
import org.simine.index.query.PropertyGroup;
import org.simine.index.query.QuerySyntaxException;
import org.simine.index.search.FacetCount;
import org.simine.index.search.FacetDimension;
import org.simine.index.search.Facets;
import org.simine.index.search.RecordHit;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SearchResult;
import org.simine.index.search.SortOrder;
import org.simine.model.Record;
import org.simine.model.io.RecordFormat;
import org.simine.web.PaperIds;

/** {@code /api/search}, {@code /api/points} and {@code /api/export}: what a query selects, three ways. */
public final class SearchApi {
    /** The facets the page filters by, in the order it shows them. */
    public static final List<FacetDimension> FACETS = List.of(FacetDimension.PROPERTY, FacetDimension.DOPANT,
            FacetDimension.RATE_UNIT, FacetDimension.SOURCE_KIND, FacetDimension.PAPER);

    private final SiMineIndex index;

    public SearchApi(SiMineIndex index) {
        this.index = index;
    }

    /** One page of hits with snippets, the total, and facet counts over all hits. */
    public void search(Context ctx) throws IOException, QuerySyntaxException {
        String q = QueryParams.scoped(ctx);
        int limit = QueryParams.bounded(ctx, "limit", SearchRequest.DEFAULT_LIMIT, ApiLimits.MAX_PAGE);
        int offset = QueryParams.bounded(ctx, "offset", 0, Integer.MAX_VALUE);
        if ((long) offset + limit > ApiLimits.MAX_WINDOW) {
            throw ApiError.badRequest("offset + limit must be at most " + ApiLimits.MAX_WINDOW
                    + "; narrow the query, or export it");
        }
        SortOrder sort = QueryParams.sort(ctx);
        SearchResult result = index.search(new SearchRequest(q, limit, sort, FACETS, offset));
        Map<String, Optional<Paper>> papers = new HashMap<>();
        ObjectNode out = JsonNodeFactory.instance.objectNode()
                .put("query", q)
                .put("parsed", result.parsed().toString())
                .put("total", result.total())
                .put("offset", offset)
                .put("limit", limit)
                .put("sort", sort.toString());
        ArrayNode hits = out.putArray("hits");
        for (RecordHit hit : result.hits()) {
            if (hit.paper() != null) {
                papers.putIfAbsent(hit.paper().docId(), Optional.of(hit.paper()));
            }
            hits.add(hit(hit));
        }
        out.set("facets", facets(q, result, papers));
        ctx.json(out);
    }

    /**
     * The records a query selects, without snippets (source dropped), for plots: at most {@code limit}
     * ({@link ApiLimits#MAX_POINTS}) of {@code total}, in paper and reading order.
     */
    public void points(Context ctx) throws IOException, QuerySyntaxException {
        String q = QueryParams.scoped(ctx);
        int limit = QueryParams.bounded(ctx, "limit", ApiLimits.MAX_POINTS, ApiLimits.MAX_POINTS);
        long total = index.count(q);
        List<Record> records = limit == 0 ? List.of() : index.records(q, limit);
        ObjectNode out = JsonNodeFactory.instance.objectNode()
                .put("query", q)
                .put("total", total)
                .put("returned", records.size());
        ArrayNode points = out.putArray("points");
        for (Record r : records) {
            ObjectNode point = JsonViews.record(r);
            ((ObjectNode) point.get("record")).remove(List.of("source", "raw", "schema_version"));
            points.add(point);
        }
        ctx.json(out);
    }

    /** Every record a query selects as CSV or JSON Lines, the command line's export schema; streamed. */
    public void export(Context ctx) throws IOException, QuerySyntaxException {
        String q = QueryParams.scoped(ctx);
        RecordFormat format = QueryParams.exportFormat(ctx);
        index.count(q); // a bad query must fail with 400 before the first byte of a 200 is sent
        String extension = format == RecordFormat.CSV ? "csv" : "jsonl";
        ctx.contentType(format == RecordFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\""
                + ExportNames.of("simine", QueryParams.query(ctx), extension) + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        index.export(q, format, out);
        out.flush();
    }

    /**
     * {@code /api/facets/{name}}: every value of one facet over the query's records (the search answer holds the
     * ten most frequent), e.g. all papers behind the page's "more", or all materials to compare.
     */
    public void facet(Context ctx) throws IOException, QuerySyntaxException {
        String name = ctx.pathParam("name");
        FacetDimension dimension = java.util.Arrays.stream(FacetDimension.values())
                .filter(d -> d.label().equals(name)).findFirst()
                .orElseThrow(() -> ApiError.notFound("no facet '" + (name.length() > 40 ? name.substring(0, 40) : name)
                        + "'; facets: property, dopant, rate_unit, source, unit, material, paper"));
        String q = QueryParams.scoped(ctx);
        Facets counts = index.facets(q, List.of(dimension), Integer.MAX_VALUE);
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("name", dimension.label()).put("query", q)
                .put("total", counts.hits());
        ArrayNode values = out.putArray("values");
        Map<String, Paper> papers = new HashMap<>();
        if (dimension == FacetDimension.PAPER) {
            index.papers().forEach(p -> papers.put(p.docId(), p)); // one read of the paper documents, not one per value
        }
        for (FacetCount count : counts.get(dimension)) {
            ObjectNode value = value(values, dimension, count);
            Paper paper = papers.get(count.value());
            if (paper != null) {
                JsonViews.paperName(value, paper);
            } else if (dimension == FacetDimension.PAPER) {
                value.put("label", count.value());
            }
        }
        ctx.json(out);
    }

    private static ObjectNode hit(RecordHit hit) {
        Record r = hit.record();
        ObjectNode n = JsonViews.record(r);
        n.put("score", hit.score());
        n.set("snippet", Snippets.fromHighlighted(hit.snippet()));
        if (hit.paper() != null) {
            JsonViews.paperName(n.putObject("paper").put("id", PaperIds.of(hit.paper().docId())), hit.paper());
            n.put("source_link", JsonViews.fileLink(hit.paper(), r.source().page()));
        }
        if (hit.passage() != null) {
            ObjectNode passage = n.putObject("passage");
            if (hit.passage().page() != null) {
                passage.put("page", hit.passage().page());
            }
            if (hit.passage().section() != null) {
                passage.put("section", hit.passage().section());
            }
            passage.set("snippet", Snippets.fromHighlighted(hit.passageSnippet()));
        }
        return n;
    }

    /**
     * Facets as an ordered list; each value carries the query term that selects it, papers their label. The property
     * facet also offers each {@link PropertyGroup} with a member among the values (e.g. {@code retention}: rate
     * capability and retention after N cycles), right before its members, which follow it with {@code "group"} set;
     * the group's count is that of the query narrowed by the group's term.
     */
    private ArrayNode facets(String q, SearchResult result, Map<String, Optional<Paper>> papers)
            throws IOException, QuerySyntaxException {
        ArrayNode facets = JsonNodeFactory.instance.arrayNode();
        for (FacetDimension dimension : FACETS) {
            ObjectNode facet = facets.addObject().put("name", dimension.label());
            ArrayNode values = facet.putArray("values");
            List<FacetCount> counts = result.facets().get(dimension);
            Set<String> shown = new HashSet<>();
            for (FacetCount count : counts) {
                if (!shown.add(count.value())) {
                    continue;
                }
                if (dimension == FacetDimension.PROPERTY) {
                    PropertyGroup group = groupOf(count.value());
                    if (group != null) {
                        values.addObject().put("value", group.name()).put("count", index.count(narrow(q, group.term())))
                                .put("filter", group.term())
                                .set("members", memberIds(group));
                        for (FacetCount member : counts) {
                            if (group.properties().stream().anyMatch(p -> p.id().equals(member.value()))) {
                                shown.add(member.value());
                                value(values, dimension, member).put("group", group.name());
                            }
                        }
                        continue;
                    }
                }
                ObjectNode value = value(values, dimension, count);
                if (dimension == FacetDimension.PAPER) {
                    Optional<Paper> paper = papers.get(count.value());
                    if (paper == null) {
                        paper = index.paper(count.value());
                        papers.put(count.value(), paper);
                    }
                    if (paper.isPresent()) {
                        JsonViews.paperName(value, paper.get());
                    } else {
                        value.put("label", count.value());
                    }
                }
            }
        }
        return facets;
    }

    private static ObjectNode value(ArrayNode values, FacetDimension dimension, FacetCount count) {
        return values.addObject().put("value", count.value()).put("count", count.count())
                .put("filter", FacetFilters.of(dimension, count.value()));
    }

    private static PropertyGroup groupOf(String propertyId) {
        for (PropertyGroup g : PropertyGroup.all()) {
            if (g.properties().stream().anyMatch(p -> p.id().equals(propertyId))) {
                return g;
            }
        }
        return null;
    }

    private static ArrayNode memberIds(PropertyGroup group) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        group.properties().forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** The query with one more clause, as the page's facet links build it. */
    static String narrow(String q, String term) {
        return q == null || q.isBlank() ? term : "(" + q + ") " + term;
    }
}
