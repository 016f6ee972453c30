package org.simine.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken copies of the gold folder must fail loudly, naming the file and the row. */
class GoldSetMalformedTest {
    static final Path SOURCE = Path.of("review-ees2025", "v1");

    @TempDir
    Path tmp;

    private Path copy() throws IOException {
        assertTrue(Files.isDirectory(SOURCE), "gold folder " + SOURCE.toAbsolutePath());
        Path dir = tmp.resolve("v1");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    /** Replaces line {@code line} (0 = header) of the file with {@code edit} applied to it. */
    private static void editLine(Path file, int line, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String before = lines.get(line);
        String after = edit.apply(before);
        assertTrue(!after.equals(before), "the edit must change line " + line + ": " + before);
        lines.set(line, after);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void theUnbrokenCopyLoads() throws IOException {
        GoldSet copy = GoldSet.load(copy());
        assertEquals(GoldSet.review().records(), copy.records());
        assertEquals(GoldSet.review().prose(), copy.prose());
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                Arguments.of("unknown property", 3,
                        (UnaryOperator<String>) l -> l.replace("initial_coulombic_efficiency", "ice_percent")),
                Arguments.of("value not a number", 5, (UnaryOperator<String>) l -> l.replaceFirst(",73,", ",7x3,")),
                Arguments.of("unknown column", 2,
                        (UnaryOperator<String>) l -> l.replace("Rate performance", "Rate perf")),
                Arguments.of("duplicate id", 4, (UnaryOperator<String>) l -> l.replace("T1-R02-rate", "T1-R02-ice")),
                Arguments.of("missing field", 10, (UnaryOperator<String>) l -> l.substring(0, l.length() - 1)),
                Arguments.of("unit the property cannot take", 7,
                        (UnaryOperator<String>) l -> l.replace(",%,false,", ",eV,false,")),
                Arguments.of("raw differs from the table cell", 9,
                        (UnaryOperator<String>) l -> l.replace(",false,,89,", ",false,,88,")),
                Arguments.of("row outside the table", 2, (UnaryOperator<String>) l -> l.replace(",1,1,64,", ",1,10,64,")),
                Arguments.of("approx not a boolean", 6, (UnaryOperator<String>) l -> l.replace(",true,", ",yes,")),
                Arguments.of("rate value without unit", 8, (UnaryOperator<String>) l -> l.replace(",C,", ",,")),
                Arguments.of("broken quoting", 12, (UnaryOperator<String>) l -> l + "\"abc\"x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecords")
    void brokenRecordsFileNamesFileAndRow(String what, int row, UnaryOperator<String> edit) throws IOException {
        Path dir = copy();
        Path file = dir.resolve("records.csv");
        editLine(file, row, edit);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir), what);
        assertEquals(file.toString(), e.file(), e.getMessage());
        assertEquals(row, e.row(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + " row " + row + ":"), e.getMessage());
    }

    static Stream<Arguments> brokenProse() {
        return Stream.of(
                Arguments.of("raw not inside the quote", 1,
                        (UnaryOperator<String>) l -> l.replace(",\u223c 3580 mA h g\u22121,", ",\u223c 3590 mA h g\u22121,")),
                Arguments.of("unknown binding", 2, (UnaryOperator<String>) l -> l.replace(",sentence,", ",clause,")),
                Arguments.of("material without binding", 21,
                        (UnaryOperator<String>) l -> l.replace(",165,,", ",165,Si,")),
                Arguments.of("line not a number", 3, (UnaryOperator<String>) l -> l.replace(",70,", ",7O,")),
                Arguments.of("duplicate id", 5, (UnaryOperator<String>) l -> l.replace("P-L074-rate-2", "P-L074-rate-1")),
                Arguments.of("unit the property cannot take", 7,
                        (UnaryOperator<String>) l -> l.replace(",%,false,", ",eV,false,")),
                Arguments.of("missing field", 10, (UnaryOperator<String>) l -> l.substring(0, l.lastIndexOf(','))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProse")
    void brokenProseFileNamesFileAndRow(String what, int row, UnaryOperator<String> edit) throws IOException {
        Path dir = copy();
        Path file = dir.resolve("prose.csv");
        editLine(file, row, edit);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir), what);
        assertEquals(file.toString(), e.file(), e.getMessage());
        assertEquals(row, e.row(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + " row " + row + ":"), e.getMessage());
    }

    @Test
    void proseFileNamedByTheManifestMustExist() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("prose.csv"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GoldSet.load(dir));
        assertTrue(e.getMessage().contains("prose.csv"), e.getMessage());
    }

    @Test
    void aSetWithoutProseHasNone() throws IOException {
        Path dir = copy();
        Path file = dir.resolve("gold.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        assertTrue(lines.removeIf(l -> l.startsWith("prose=")));
        Files.write(file, lines, StandardCharsets.UTF_8);
        GoldSet set = GoldSet.load(dir);
        assertTrue(set.prose().isEmpty());
        assertEquals(GoldSet.review().records(), set.records());
    }

    @Test
    void wrongHeaderIsReported() throws IOException {
        Path dir = copy();
        Path file = dir.resolve("records.csv");
        editLine(file, 0, l -> l.replace(",ref,", ",reference,"));
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));
        assertTrue(e.getMessage().contains("records.csv") && e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void raggedTableRowIsReported() throws IOException {
        Path dir = copy();
        Path file = dir.resolve("tables").resolve("table-2.tsv");
        editLine(file, 4, l -> l.replaceFirst("\t", ""));
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));
        assertEquals(file.toString(), e.file());
        assertEquals(5, e.row(), e.getMessage());
        assertTrue(e.getMessage().contains("table-2.tsv row 5"), e.getMessage());
    }

    @Test
    void missingFileIsReported() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("tables").resolve("table-4.tsv"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GoldSet.load(dir));
        assertTrue(e.getMessage().contains("table-4.tsv"), e.getMessage());
    }

    @Test
    void manifestWithoutHeaderRowsIsReported() throws IOException {
        Path dir = copy();
        Path file = dir.resolve("gold.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        assertTrue(lines.removeIf(l -> l.startsWith("table.3.header_rows")));
        Files.write(file, lines, StandardCharsets.UTF_8);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));
        assertTrue(e.getMessage().contains("gold.properties") && e.getMessage().contains("table.3.header_rows"),
                e.getMessage());
    }
}
