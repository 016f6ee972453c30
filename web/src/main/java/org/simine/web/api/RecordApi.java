package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;
import org.simine.index.document.PaperDetails;
import org.simine.model.io.RecordJson;
import org.simine.index.document.Passage;
import org.simine.index.search.FacetCount;
import org.simine.index.search.IndexStats;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.web.PaperIds;

/** {@code /api/records/{id}}, {@code /api/papers}, {@code /api/papers/{id}} and {@code /api/stats}: lookups by id. */
public final class RecordApi {
    private final SiMineIndex index;

    public RecordApi(SiMineIndex index) {
        this.index = index;
    }

    /** One record with its provenance: the whole sentence or table row with the value marked, and its paper. */
    public void record(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<Record> found = RecordId.isWellFormed(id) ? index.record(id) : Optional.empty();
        Record r = found.orElseThrow(() -> ApiError.notFound("no record with id '" + shorten(id) + "'"));
        ObjectNode out = JsonViews.record(r);
        out.set("snippet", Snippets.withValue(r.source().snippet(), r.raw()));
        Optional<Paper> paper = index.paper(r.doc());
        if (paper.isPresent()) {
            out.set("paper", JsonViews.paper(paper.get()));
            out.put("source_link", JsonViews.fileLink(paper.get(), r.source().page()));
            if (r.source().kind() == org.simine.model.SourceKind.TABLE) {
                ObjectNode table = TableContext.of(paper.get().details(), r.source());
                if (table != null) {
                    out.set("table", table);
                }
            }
        }
        // Publisher markup has no pages: the record view shows the whole paragraph the value was read in.
        if (r.source().paragraph() != null) {
            Optional<Passage> paragraph = index.passage(r.doc(), r.source().paragraph());
            if (paragraph.isPresent()) {
                ObjectNode p = out.putObject("paragraph");
                p.put("number", r.source().paragraph());
                if (paragraph.get().section() != null) {
                    p.put("section", paragraph.get().section());
                }
                p.set("text", Snippets.withValueIn(paragraph.get().text(), r.source().snippet(), r.raw()));
            }
        }
        ctx.json(out);
    }

    /** All papers, most records first. */
    public void papers(Context ctx) throws IOException {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode papers = out.putArray("papers");
        for (Paper p : index.papers()) {
            papers.add(JsonViews.paper(p));
        }
        ctx.json(out);
    }

    /**
     * One paper with all its records in reading order (each with its {@code id}), its tables as printed (caption,
     * header rows, body rows) and its numbered reference list.
     */
    public void paper(Context ctx) throws IOException {
        Paper paper = paperOf(ctx.pathParam("id"));
        ObjectNode out = JsonViews.paper(paper);
        ArrayNode records = out.putArray("records");
        for (Record r : index.recordsOfPaper(paper.docId())) {
            records.add(JsonViews.record(r));
        }
        ArrayNode tables = out.putArray("tables");
        for (PaperDetails.TableGrid t : paper.details().tables()) {
            ObjectNode table = tables.addObject();
            if (t.label() != null) {
                table.put("label", t.label());
            }
            table.put("caption", t.caption());
            if (t.page() != null) {
                table.put("page", t.page());
            }
            table.set("header", RecordJson.mapper().valueToTree(t.header()));
            table.set("body", RecordJson.mapper().valueToTree(t.body()));
        }
        ArrayNode references = out.putArray("references");
        for (PaperDetails.Reference ref : paper.details().references()) {
            ObjectNode n = references.addObject().put("number", ref.number()).put("text", ref.text());
            if (ref.doi() != null) {
                n.put("doi", ref.doi());
            }
        }
        ctx.json(out);
    }

    /** What the index holds, for the page's header. */
    public void stats(Context ctx) throws IOException {
        IndexStats stats = index.stats(0);
        ObjectNode out = JsonNodeFactory.instance.objectNode()
                .put("papers", stats.papers())
                .put("passages", stats.passages())
                .put("records", stats.records());
        ArrayNode byProperty = out.putArray("by_property");
        for (FacetCount c : stats.byProperty()) {
            byProperty.addObject().put("value", c.value()).put("count", c.count());
        }
        ctx.json(out);
    }

    /** The indexed paper a paper id names; 404 for anything else, whatever it looks like. */
    Paper paperOf(String paperId) throws IOException {
        return PaperIds.find(index, paperId)
                .orElseThrow(() -> ApiError.notFound("no paper with id '" + shorten(paperId) + "'"));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
