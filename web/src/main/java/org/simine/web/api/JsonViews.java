package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.simine.index.document.Paper;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.io.RecordJson;
import org.simine.web.PaperIds;
import org.simine.web.files.PaperFileType;

/** The JSON shapes the API shares: papers, records with their ids, links to a paper's file. */
final class JsonViews {
    private JsonViews() {
    }

    /** A paper as clients see it: ids, names and counts; its file by link, never by path. */
    static ObjectNode paper(Paper p) {
        String id = PaperIds.of(p.docId());
        ObjectNode n = JsonNodeFactory.instance.objectNode()
                .put("id", id)
                .put("doc", p.docId());
        paperName(n, p);
        if (!p.details().authors().isEmpty()) {
            ArrayNode authors = n.putArray("authors");
            p.details().authors().forEach(authors::add);
        }
        if (p.doi() != null) {
            n.put("doi", p.doi());
        }
        if (p.format() != null) {
            n.put("format", p.format());
        }
        return n.put("file", fileLink(p, null))
                .put("file_name", fileName(p.path()))
                .put("page_count", p.pageCount())
                .put("record_count", p.records())
                .put("passage_count", p.passages())
                .put("ingested_at", p.ingestedAt().toString());
    }

    /**
     * How a paper is named: {@code label} (title, else file name), and {@code title}, {@code first_author},
     * {@code author_count} and {@code year} when known, for "Title — Jia et al., 2025".
     */
    static ObjectNode paperName(ObjectNode n, Paper p) {
        n.put("label", p.label());
        if (p.title() != null && !p.title().isBlank()) {
            n.put("title", p.title());
        }
        if (p.details().firstAuthor() != null) {
            n.put("first_author", p.details().firstAuthor()).put("author_count", p.details().authors().size());
        }
        if (p.details().year() != null) {
            n.put("year", p.details().year());
        }
        return n;
    }

    /** {@code {"id", "paper_id", "record": {…the dataset schema…}}}. */
    static ObjectNode record(Record r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode()
                .put("id", RecordId.of(r))
                .put("paper_id", PaperIds.of(r.doc()));
        n.set("record", RecordJson.toTree(r));
        return n;
    }

    /** The paper's file, opened at {@code page} when the file is a PDF and the page is known. */
    static String fileLink(Paper p, Integer page) {
        String link = "/files/" + PaperIds.of(p.docId());
        return page != null && PaperFileType.of(p.path()).hasPages() ? link + "#page=" + page : link;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
