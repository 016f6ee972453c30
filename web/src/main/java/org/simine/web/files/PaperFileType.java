package org.simine.web.files;

import java.util.Locale;

/**
 * How a registered paper file is sent: PDFs for the browser's viewer, text as plain text, anything else as a
 * download. Publisher XML and HTML are always downloads of opaque bytes: a page that the app served as HTML would
 * run with the app's origin, so it is never rendered.
 */
public enum PaperFileType {
    PDF("application/pdf", true),
    TEXT("text/plain; charset=utf-8", true),
    /** Publisher XML or HTML: a download, never rendered. */
    MARKUP("application/octet-stream", false),
    OTHER("application/octet-stream", false);

    private final String contentType;
    private final boolean inline;

    PaperFileType(String contentType, boolean inline) {
        this.contentType = contentType;
        this.inline = inline;
    }

    public static PaperFileType of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return PDF;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".nxml") || lower.endsWith(".html") || lower.endsWith(".htm")
                || lower.endsWith(".xhtml")) {
            return MARKUP;
        }
        return lower.endsWith(".txt") || lower.endsWith(".md") ? TEXT : OTHER;
    }

    public String contentType() {
        return contentType;
    }

    /** Shown in the browser rather than downloaded. */
    public boolean inline() {
        return inline;
    }

    /** True when {@code #page=N} in a link opens that page (the PDF viewers' open parameter). */
    public boolean hasPages() {
        return this == PDF;
    }
}
