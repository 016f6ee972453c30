package org.simine.web.files;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;
import org.simine.web.PaperIds;
import org.simine.web.api.ApiError;

/**
 * {@code /files/{paperId}}: the file a paper was ingested from. The only way to name a file is a paper id, which
 * the index maps to the path it registered at ingest; no part of the request ever becomes part of a path, so
 * there is nothing to traverse with.
 */
public final class PaperFiles {
    private final SiMineIndex index;

    public PaperFiles(SiMineIndex index) {
        this.index = index;
    }

    public void serve(Context ctx) throws IOException {
        String paperId = ctx.pathParam("paperId");
        Paper paper = PaperIds.find(index, paperId)
                .orElseThrow(() -> ApiError.notFound("no paper with this id"));
        Path file = Path.of(paper.path());
        if (!Files.isRegularFile(file)) {
            throw ApiError.notFound("the file of " + paper.docId() + " is no longer where it was ingested from");
        }
        PaperFileType type = PaperFileType.of(paper.path());
        ctx.contentType(type.contentType());
        ctx.header("Content-Disposition", (type.inline() ? "inline" : "attachment") + "; filename=\""
                + safeFileName(file) + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (type != PaperFileType.PDF) {
            // Text is shown as text, and even a browser that sniffed it could run nothing in it.
            ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        }
        ctx.result(Files.newInputStream(file));
    }

    /** The file name with anything but letters, digits, dot, dash and underscore replaced: safe in a header. */
    static String safeFileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "paper" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
