package org.simine.extract.handchecked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.model.Record;

/**
 * Issue #4: the values a battery researcher would copy from the four Si-anode papers in {@code simine.shared}/papers,
 * read by hand into {@code hand-checked/si-papers.tsv}, must come out of {@code SiMineExtractor} with the same
 * property, unit, value (1 %), rate, cycles and page, and a material that is absent or the hand-checked one.
 * A row marked {@code expected_to_fail} must still be missed: when a change starts extracting it, this test fails
 * until the row is updated. Skipped, naming the missing path, when the shared papers are absent.
 */
class SiPapersHandCheckedTest {
    private static final String RESOURCE = "/hand-checked/si-papers.tsv";
    private static final String PREFIX = "tsf88-star_battery-paper-translator__";
    private static final Map<String, List<Record>> RECORDS = new ConcurrentHashMap<>();

    static List<HandCheckedValue> rows() throws IOException {
        try (InputStream in = SiPapersHandCheckedTest.class.getResourceAsStream(RESOURCE)) {
            assertTrue(in != null, RESOURCE + " missing from test resources");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertEquals(HandCheckedValue.HEADER, lines.get(0), "header of " + RESOURCE);
            return lines.stream().skip(1).map(HandCheckedValue::parse).toList();
        }
    }

    @Test
    void atLeastFifteenValuesAcrossTheFourPapersAreExpectedToPass() throws IOException {
        List<HandCheckedValue> rows = rows();
        assertTrue(rows.stream().filter(r -> !r.expectedToFail()).count() >= 15, "fewer than 15 passing rows");
        Set<String> files = rows.stream().map(HandCheckedValue::file).collect(Collectors.toSet());
        assertEquals(4, files.size(), "rows should cover the four Si-anode papers: " + files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void handCheckedValueIsExtractedUnlessMarked(HandCheckedValue row) {
        List<Record> records = RECORDS.computeIfAbsent(row.file(), SiPapersHandCheckedTest::extract);
        boolean extracted = records.stream().anyMatch(row::extractedAs);
        if (row.expectedToFail()) {
            assertFalse(extracted, () -> row + " is extracted now (was expected to fail: " + row.missReason()
                    + "); clear its expected_to_fail column in " + RESOURCE);
        } else {
            assertTrue(extracted, () -> "not extracted: " + row + " | " + row.where() + "\nsame page, same property:\n"
                    + describe(records.stream().filter(r -> r.property() == row.property()
                            && r.source().page() != null && r.source().page() == row.page()).toList()));
        }
    }

    static List<String> files() throws IOException {
        return rows().stream().map(HandCheckedValue::file).distinct().toList();
    }

    /**
     * The other direction, a precision check: every record of a paper is a value someone found by hand on that
     * page (property, unit, value within 1 %), even if its rate, cycles or material are incomplete. A record that is
     * none is a false positive, or a value missing from the file: either way, look at it and fix one of the two.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyRecordIsAHandCheckedValue(String file) throws IOException {
        List<HandCheckedValue> rows = rows().stream().filter(r -> r.file().equals(file)).toList();
        List<Record> records = RECORDS.computeIfAbsent(file, SiPapersHandCheckedTest::extract);
        List<Record> unknown = records.stream()
                .filter(record -> rows.stream().noneMatch(row -> row.sameValue(record))).toList();
        assertEquals(List.of(), unknown, () -> file + ": records that are no hand-checked value:\n" + describe(unknown));
    }

    private static List<Record> extract(String file) {
        Path papers = TestInputs.shared().resolve("papers");
        Assumptions.assumeTrue(Files.isDirectory(papers), "shared papers folder absent: " + papers);
        Path pdf = papers.resolve(PREFIX + file);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "paper absent: " + pdf);
        try {
            return TestInputs.extractor().extract(pdf).records();
        } catch (InputException e) {
            throw new AssertionError(pdf + " could not be extracted", e);
        }
    }

    private static String describe(List<Record> records) {
        if (records.isEmpty()) {
            return "  (none)";
        }
        return records.stream().map(r -> "  p" + r.source().page() + " " + r.property() + " " + r.material() + " " + r.value() + " " + r.unit() + " rate=" + r.rate()
                + " cycles=" + r.cycles() + " rule=" + r.source().rule()).collect(Collectors.joining("\n"));
    }
}
