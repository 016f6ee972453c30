package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.read.Page;

/** Data-driven: every row of {@code pdf/script-snippets.tsv} is a sub/superscript the page text (or a table on it) must hold. */
class ScriptSnippetsTest {
    private static final String SNIPPETS = "/pdf/script-snippets.tsv";

    record Snippet(String file, int page, String text) {
        @Override
        public String toString() {
            return (file.length() > 40 ? file.substring(37, Math.min(file.length(), 75)) : file) + " p" + page + ": "
                    + text;
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        try (InputStream in = ScriptSnippetsTest.class.getResourceAsStream(SNIPPETS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                snippets.add(new Snippet(cells[0], Integer.parseInt(cells[1]), cells[2]));
            }
        }
        return snippets;
    }

    static Stream<Arguments> snippetArguments() throws IOException {
        return snippets().stream().map(Arguments::of);
    }

    @Test
    void atLeastThirtySnippetsFromFiveFiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertTrue(snippets.size() >= 30, "only " + snippets.size() + " snippets");
        assertTrue(snippets.stream().map(Snippet::file).distinct().count() >= 5, "snippets from fewer than 5 files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippetArguments")
    void pageTextHoldsTheSnippet(Snippet snippet) {
        Page page = PaperFiles.read(snippet.file()).pages().get(snippet.page() - 1);
        // Detected tables are masked out of the running text into TABLE blocks; their scripts count too.
        String tables = page.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).map(b -> b.text())
                .collect(java.util.stream.Collectors.joining(" "));
        String text = (page.text() + " " + tables).replaceAll("\\s+", " ");
        assertTrue(text.contains(snippet.text()), () -> "page " + snippet.page() + " lacks '" + snippet.text() + "':\n"
                + text);
    }
}
