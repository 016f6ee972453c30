package org.simine.web.api;

import java.util.Locale;

/**
 * Download names that say what was selected: {@code property:rct value:<60} → {@code simine-rct-below-60.csv}.
 * Field names are left out, comparisons become words, anything else but letters and digits a dash; at most
 * {@link #MAX_CHARS} characters of query, so a name stays a name.
 */
final class ExportNames {
    static final int MAX_CHARS = 60;

    private ExportNames() {
    }

    static String of(String prefix, String query, String extension) {
        String slug = slug(query);
        return prefix + (slug.isEmpty() ? "-all" : "-" + slug) + "." + extension;
    }

    static String slug(String query) {
        if (query == null) {
            return "";
        }
        String s = query.toLowerCase(Locale.ROOT)
                .replaceAll("\\b[a-z_0-9]+:", " ")
                .replace("<=", " at-most ").replace(">=", " at-least ")
                .replace("<", " below ").replace(">", " above ").replace("..", " to ")
                .replace("=", " ")
                .replaceAll("\\band\\b", " ")
                .replaceAll("[^a-z0-9.+-]+", "-")
                .replaceAll("(?<![0-9])\\.|\\.(?![0-9])", "-")
                .replace("+", "plus")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS).replaceAll("-[^-]*$", "");
        }
        return s;
    }
}
