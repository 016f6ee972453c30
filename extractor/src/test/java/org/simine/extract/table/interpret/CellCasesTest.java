package org.simine.extract.table.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.model.Record;

/** Composite, ranged, listed, hedged and empty cells from {@code table/cell-cases.tsv}, positives and negatives. */
class CellCasesTest {
    private static TableRecordExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = TableRecordExtractor.create();
    }

    static Stream<Arguments> cases() {
        return TableCases.rows("/table/cell-cases.tsv", 4).stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void cell(String name, String header, String cells, String expected) {
        List<Record> records = extractor.extract("doc", TableCases.table(header, cells));
        assertEquals(expected, TableCases.render(records), name);
    }

    @Test
    void caseFileHasPositivesAndNegatives() {
        List<Arguments> rows = TableCases.rows("/table/cell-cases.tsv", 4);
        long negatives = rows.stream().filter(a -> a.get()[3].equals("none")).count();
        assertTrue(negatives >= 10 && rows.size() - negatives >= 30, rows.size() + " cases, " + negatives + " negative");
    }
}
