package org.simine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of the project's Markdown (README.md, docs/, the other .md files of the repository) resolves:
 * the linked file exists, and a {@code #fragment} names a heading of the target (GitHub's anchors). Repository paths
 * written as code ({@code `gold/regression/review-pdf.json`}) exist too, unless they are build output (under
 * {@code target/}) or git-ignored run output; a path with {@code *} must match at least one file. Paths abbreviated
 * with {@code …} or written as templates ({@code DATE-LABEL[-before|-after]}) are not checked.
 */
class DocsLinksTest {
    /** {@code [text](target)} and {@code ![alt](target)}, the text possibly over several lines. */
    static final Pattern LINK = Pattern.compile("!?\\[([^\\]`]|`[^`]*`)*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    static final Pattern FENCE = Pattern.compile("(?m)^\\s*```.*?^\\s*```[^\\n]*$", Pattern.DOTALL);
    static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    /** Top-level folders of the repository: a code span starting with one of them and a slash is a path. */
    static final Set<String> TOP = Set.of("model", "extractor", "index", "gold", "web", "cli", "corpus", "bench",
            "docs", "spark", ".ci");
    /** Output that a clean clone does not have: builds and git-ignored run results. */
    static final List<String> GENERATED = List.of("glob:**/target/**", "glob:bench/results/latest.*",
            "glob:bench/results/markup-latest.*", "glob:.simine/**");

    record Report(List<String> broken, int links, int paths) {
    }

    static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md")).filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            String s = part.toString();
                            if (s.equals("target") || s.equals(".git") || s.equals("node_modules") || s.equals(".simine")) {
                                return false;
                            }
                        }
                        return true;
                    }).sorted().toList();
        }
    }

    static Report check(Path root) throws IOException {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int links = 0;
        int paths = 0;
        for (Path md : markdownFiles(root)) {
            // Fenced blocks are commands, not links; blanked with their line breaks kept, so line numbers hold.
            String text = blankFences(Files.readString(md));
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(2);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: …: not the project's files
                }
                links++;
                String problem = checkLink(root, md, target, anchors);
                if (problem != null) {
                    broken.add(where(root, md, text, link.start()) + target + ": " + problem);
                }
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                String span = code.group(1).strip();
                int slash = span.indexOf('/');
                if (slash <= 0 || !TOP.contains(span.substring(0, slash)) || !span.matches("[\\w./*@+-]+")) {
                    continue; // not a repository path, or one abbreviated with … or written as a template
                }
                paths++;
                if (!existsOrGenerated(root, span)) {
                    broken.add(where(root, md, text, code.start()) + "`" + span + "`: no such file in the repository");
                }
            }
        }
        return new Report(broken, links, paths);
    }

    @Test
    void everyRelativeLinkAndRepositoryPathResolves() throws IOException {
        assertTrue(markdownFiles(CliTest.ROOT).contains(CliTest.ROOT.resolve("README.md")));
        Report r = check(CliTest.ROOT);
        System.out.printf("docs: %d Markdown files, %d relative links, %d repository paths checked%n",
                markdownFiles(CliTest.ROOT).size(), r.links(), r.paths());
        assertTrue(r.links() > 0, "the README links the page's screenshot at least");
        assertEquals(List.of(), r.broken());
    }

    /** The check itself: a broken link, a missing heading and a missing path are each caught, with their line. */
    @Test
    void brokenLinksAnchorsAndPathsAreCaught(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.createDirectories(root.resolve("gold/regression"));
        Files.writeString(root.resolve("gold/regression/a.json"), "{}");
        Files.writeString(root.resolve("docs/guide.md"), "# User guide\n\n## Query syntax (v2)\n\nBack to the "
                + "[README](../README.md#simine).\n");
        Files.writeString(root.resolve("README.md"), "# SiMine\n\nSee the [query\nsyntax](docs/guide.md#query-syntax-v2), "
                + "[nothing](docs/none.md), [no heading](docs/guide.md#querying), [web](https://example.org/x).\n"
                + "```\n[not a link](nowhere.md)\n```\nFiles: `gold/regression/a.json`, `gold/regression/b.json`, "
                + "`gold/regression/*.json`, `gold/…/a.json`, `cli/target/simine.jar`.\n");
        Report r = check(root);
        assertEquals(List.of("README.md:4: docs/none.md: no such file",
                "README.md:4: docs/guide.md#querying: no heading with the anchor #querying in docs/guide.md",
                "README.md:8: `gold/regression/b.json`: no such file in the repository"), r.broken());
        assertEquals(4, r.links());
        assertEquals(4, r.paths());
    }

    static String where(Path root, Path md, String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return root.relativize(md) + ":" + line + ": ";
    }

    static String blankFences(String text) {
        Matcher m = FENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String checkLink(Path root, Path md, String target, Map<Path, Set<String>> anchors) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? md : md.getParent().resolve(file).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty()) {
            if (!resolved.toString().endsWith(".md")) {
                return "a fragment on a file that is not Markdown";
            }
            if (!anchors.computeIfAbsent(resolved, DocsLinksTest::anchorsOf).contains(fragment)) {
                return "no heading with the anchor #" + fragment + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    static boolean existsOrGenerated(Path root, String span) throws IOException {
        String path = span.replaceAll("[.]$", "");
        for (String g : GENERATED) {
            if (FileSystems.getDefault().getPathMatcher(g).matches(Path.of(path))) {
                return true;
            }
        }
        if (!path.contains("*")) {
            return Files.exists(root.resolve(path));
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
        try (Stream<Path> walk = Files.walk(root.resolve(path.substring(0, path.indexOf('/'))))) {
            return walk.anyMatch(p -> glob.matches(root.relativize(p)));
        }
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, "-1", "-2" … for repeats. */
    static Set<String> anchorsOf(Path md) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String text;
        try {
            text = blankFences(Files.readString(md));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : text.split("\n", -1)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(1));
                int n = seen.merge(slug, 1, Integer::sum);
                out.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        }
        return out;
    }

    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    @Test
    void anchorsAreGithubs() {
        assertEquals("record-schema-version-12", slug("Record schema (version 1.2)"));
        assertEquals("limits-hostile-files-and-crash-safety", slug("Limits, hostile files and crash safety"));
        assertEquals("prose-gold-values-stated-in-the-reviews-running-text",
                slug("Prose gold (values stated in the review's running text)"));
        assertEquals("web-api-get-apisearch", slug("Web API: `GET /api/search`"));
    }
}
