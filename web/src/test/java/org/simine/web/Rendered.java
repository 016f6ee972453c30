package org.simine.web;

import org.simine.extract.read.ScriptMarkup;

/**
 * Text as the page shows it, for comparing with what the browser reads back: script markers gone (the scripts are
 * {@code <sub>}/{@code <sup>} elements, whose text reads inline) and "Ohm" as Ω — as {@code chem()} in dom.js does.
 */
final class Rendered {
    private Rendered() {
    }

    static String of(String text) {
        return text == null ? null : ScriptMarkup.plain(text).replaceAll("(^|[^A-Za-z])([kmMµμ]?)Ohms?\\b", "$1$2Ω");
    }
}
