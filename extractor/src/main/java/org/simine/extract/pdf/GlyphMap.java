package org.simine.extract.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Font repairs read from {@code /pdf/glyph-map.tsv}: for a font whose ToUnicode map is wrong or missing, what a
 * glyph (by character code or glyph name) really means. Immutable and thread-safe.
 */
public final class GlyphMap {
    static final String RESOURCE = "/pdf/glyph-map.tsv";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    /** One repair: {@code font} is null for any font; exactly one of {@code glyphName}, {@code code} is set. */
    record Entry(Pattern font, String glyphName, Integer code, String text) {
        boolean appliesToFont(String baseFont) {
            return font == null || font.matcher(baseFont).matches();
        }
    }

    private final List<Entry> entries;

    GlyphMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static GlyphMap load() {
        return Holder.INSTANCE;
    }

    /** The entries that can apply to a font, so a per-glyph lookup only scans those. */
    List<Entry> entriesFor(String baseFont) {
        return entries.stream().filter(e -> e.appliesToFont(baseFont)).toList();
    }

    /** The repaired text of a glyph of a font whose applicable entries are {@code applicable}. */
    static Optional<String> lookup(List<Entry> applicable, int code, String glyphName) {
        for (Entry e : applicable) {
            if (e.code != null ? e.code == code : e.glyphName.equals(glyphName)) {
                return Optional.of(e.text);
            }
        }
        return Optional.empty();
    }

    static boolean keyedByName(List<Entry> applicable) {
        return applicable.stream().anyMatch(e -> e.glyphName != null);
    }

    static GlyphMap parse(InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IOException(RESOURCE + ":" + number + ": expected font, key, text");
            }
            Pattern font = cells[0].equals("*") ? null : Pattern.compile(cells[0]);
            String key = cells[1];
            String text = unescape(cells[2]);
            if (key.startsWith("name:")) {
                entries.add(new Entry(font, key.substring(5), null, text));
            } else if (key.startsWith("code:")) {
                entries.add(new Entry(font, null, Integer.parseInt(key.substring(5)), text));
            } else {
                throw new IOException(RESOURCE + ":" + number + ": key must start with name: or code:");
            }
        }
        return new GlyphMap(entries);
    }

    private static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final class Holder {
        static final GlyphMap INSTANCE = loadResource();

        private static GlyphMap loadResource() {
            try (InputStream in = GlyphMap.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
