package org.simine.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.TestInputs;
import org.simine.extract.read.Document;
import org.simine.extract.read.ReadingOrder;

/**
 * Every PDF in the shared papers folder parses, and its layout summary ({@link LayoutSummary}: pages, sections,
 * captions) equals the golden file {@code golden/<pdf name>.summary.txt}. The actual summary is written to
 * {@code target/golden-actual/}; when a change improves a summary, check it and copy it over the golden file.
 */
class SharedPapersLayoutTest {
    static Stream<String> papers() throws IOException {
        Path papers = TestInputs.shared().resolve("papers");
        if (!Files.isDirectory(papers)) {
            // An empty source fails a parameterized test; a single absent name makes it skip with the reason.
            return Stream.of("(shared papers folder absent: " + papers + ")");
        }
        try (Stream<Path> files = Files.list(papers)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void parsesAndMatchesItsGoldenSummary(String name) throws IOException {
        Assumptions.assumeTrue(name.endsWith(".pdf"), name);
        Document document = PaperFiles.read(name);
        assertTrue(document.pages().size() >= 1);
        assertTrue(!ReadingOrder.text(document).isBlank(), "no text from " + name);
        String actual = LayoutSummary.of(name, document);
        Path out = Path.of("target", "golden-actual", name + ".summary.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        String resource = "/golden/" + name + ".summary.txt";
        try (InputStream in = SharedPapersLayoutTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("no golden summary " + resource + "; check " + out.toAbsolutePath() + " and copy it to "
                        + "src/test/resources/golden/");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "layout summary changed; actual in " + out.toAbsolutePath());
        }
    }
}
