package org.simine.gold.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.model.Property;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

class StatementsFileTest {
    static final String HEADER = "id\tshape\ttext\texpected\n";
    static final String RCT = "{\"material\": \"Si@NC-2\", \"property\": \"charge_transfer_resistance\", \"value\": 38.6, "
            + "\"unit\": \"Ohm\", \"rate\": null, \"cycles\": null, \"dopant\": null}";
    static final String CYCLING = "{\"material\": \"B-Si\", \"property\": \"cycling_stability\", \"value\": 85.2, "
            + "\"unit\": \"%\", \"rate\": {\"value\": 1.0, \"unit\": \"A/g\"}, \"cycles\": 500, "
            + "\"dopant\": {\"elements\": [\"B\"], \"value\": 2, \"unit\": \"at%\"}, \"baseline\": 61.0, \"approx\": true}";

    static String line(String id, String shape, String text, String expected) {
        return id + "\t" + shape + "\t" + text + "\t" + expected + "\n";
    }

    @Test
    void readsRowsWithTheirExpectedRecords() {
        List<Statement> rows = StatementsFile.parse(HEADER
                + line("S001", "is-value", "The R_ct of the Si@NC-2 electrode is 38.6 Ω.", "[" + RCT + "]")
                + line("S002", "retains-after", "B-Si retains ~85.2% after 500 cycles at 1 A g−1.", "[" + CYCLING + "]")
                + line("S176", "neg-theoretical-capacity", "Si has a theoretical capacity of 3579 mAh g−1.", "[]"),
                "t.tsv");
        assertEquals(3, rows.size());
        Statement first = rows.get(0);
        assertEquals("S001", first.id());
        assertEquals(2, first.line());
        Record rct = first.expected().get(0);
        assertEquals(Property.CHARGE_TRANSFER_RESISTANCE, rct.property());
        assertEquals(Unit.OHM, rct.unit());
        assertEquals(38.6, rct.value());
        assertNull(rct.rate());
        assertEquals("statement:S001", rct.doc());

        Record cycling = rows.get(1).expected().get(0);
        assertEquals(RateUnit.A_PER_G, cycling.rate().unit());
        assertEquals(500, cycling.cycles());
        assertEquals(List.of("B"), cycling.dopant().elements());
        assertEquals(Unit.AT_PERCENT, cycling.dopant().unit());
        assertEquals(61.0, cycling.baseline());
        assertTrue(cycling.approx());
        assertTrue(rows.get(2).negative());
    }

    @Test
    void theReviewsIonicConductivityNameIsTheModelsProperty() {
        String ionic = "{\"material\": \"LiPON\", \"property\": \"li_ionic_conductivity\", \"value\": 2e-6, "
                + "\"unit\": \"S/cm\", \"rate\": null, \"cycles\": null, \"dopant\": null}";
        Statement s = StatementsFile.parse(HEADER + line("S1", "x", "t", "[" + ionic + "]"), "t.tsv").get(0);
        assertEquals(Property.IONIC_CONDUCTIVITY, s.expected().get(0).property());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() {
        StatementsFormatException e = assertThrows(StatementsFormatException.class, () -> StatementsFile.parse(HEADER
                + line("S001", "is-value", "text", "[" + RCT + "]")
                + "S002\tis-value\ttext without expected\n", "statements.tsv"));
        assertEquals(3, e.line());
        assertEquals("statements.tsv:3: has 3 tab-separated fields, expected 4 (id, shape, text, expected)",
                e.getMessage());
    }

    @Test
    void problemsInsideTheExpectedRecordsNameTheRecord() {
        String badUnit = RCT.replace("\"Ohm\"", "\"ohm\"");
        StatementsFormatException unit = assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S001", "x", "t", "[" + RCT + ", " + badUnit + "]"), "f"));
        assertTrue(unit.getMessage().startsWith("f:2: (id S001) expected[1]: unknown unit 'ohm'"), unit.getMessage());

        StatementsFormatException json = assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S001", "x", "t", "[{\"material\": "), "f"));
        assertTrue(json.getMessage().startsWith("f:2: (id S001) expected is not JSON"), json.getMessage());

        String missingRate = RCT.replace("\"rate\": null, ", "");
        assertTrue(assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S1", "x", "t", "[" + missingRate + "]"), "f"))
                .getMessage().contains("missing key 'rate'"));

        String typo = RCT.replace("\"cycles\"", "\"cycle\"");
        assertTrue(assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S1", "x", "t", "[" + typo + "]"), "f"))
                .getMessage().contains("unknown key 'cycle'"));

        String wrongUnit = RCT.replace("\"Ohm\"", "\"%\"");
        assertTrue(assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S1", "x", "t", "[" + wrongUnit + "]"), "f"))
                .getMessage().contains("charge_transfer_resistance is not given in %"));
    }

    @Test
    void headerDuplicatesAndEmptyLinesAreErrors() {
        assertEquals("f:1: header must be id<TAB>shape<TAB>text<TAB>expected but is id<TAB>text",
                assertThrows(StatementsFormatException.class,
                        () -> StatementsFile.parse("id\ttext\n", "f")).getMessage());
        assertEquals("f:3: duplicate id S1 (first on line 2)", assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER + line("S1", "x", "t", "[]") + line("S1", "y", "u", "[]"), "f"))
                .getMessage());
        assertEquals("f:3: empty line (every line after the header is a row)",
                assertThrows(StatementsFormatException.class, () -> StatementsFile.parse(HEADER
                        + line("S1", "x", "t", "[]") + "\n" + line("S2", "y", "u", "[]"), "f")).getMessage());
        assertEquals("f: no rows after the header", assertThrows(StatementsFormatException.class,
                () -> StatementsFile.parse(HEADER, "f")).getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedOnItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.tsv");
        byte[] head = (HEADER + line("S1", "x", "t", "[]") + "S2\tx\t").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xC3; // a lone lead byte: Latin-1 'Ã' written as one byte
        bytes[head.length + 1] = 't';
        bytes[head.length + 2] = '\t';
        bytes[head.length + 3] = '[';
        Files.write(file, bytes);
        StatementsFormatException e = assertThrows(StatementsFormatException.class, () -> StatementsFile.read(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: not UTF-8"), e.getMessage());
    }

    /** The shared development set parses as its README counts it (skipped without the shared folder). */
    @Test
    void theSharedDevelopmentSetParses() throws IOException {
        Path file = Path.of(System.getProperty("simine.shared", "../../shared"), "dev-statements", "statements.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: no statements file at " + file.toAbsolutePath()
                + " (set -Dsimine.shared=DIR)");
        List<Statement> rows = StatementsFile.read(file);
        assertEquals(200, rows.size());
        assertEquals(259, rows.stream().mapToInt(s -> s.expected().size()).sum());
        assertEquals(25, rows.stream().filter(Statement::negative).count());
    }
}
