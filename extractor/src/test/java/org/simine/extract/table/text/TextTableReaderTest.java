package org.simine.extract.table.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simine.extract.table.Table;

/** Caption detection, header rows, markup and empty columns of text-export tables ({@code table/text-tables.txt}). */
class TextTableReaderTest {
    private static List<Table> read() throws IOException {
        try (InputStream in = TextTableReaderTest.class.getResourceAsStream("/table/text-tables.txt")) {
            return TextTableReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<List<String>> texts(List<List<Table.Cell>> rows) {
        return rows.stream().map(r -> r.stream().map(Table.Cell::text).toList()).toList();
    }

    @Test
    void captionsWithoutRowsAreNotTables() throws IOException {
        assertEquals(List.of("1", "S3"), read().stream().map(Table::label).toList());
    }

    @Test
    void markupIsNormalisedAndBlankCellsStayBlank() throws IOException {
        Table t = read().get(0);
        assertEquals("Kinetic parameters of the electrodes", t.caption());
        assertEquals(List.of(List.of("Sample", "Rct (Ω)", "DLi+ (cm2 s\u22121)", "Ref.")), texts(t.headerRows()));
        assertEquals(List.of(List.of("Si@C", "\u223c 12.5", "1.2×10\u221212", "5"), List.of("", "9.8", "3.4×10\u221212", "")),
                texts(t.bodyRows()));
        assertEquals(null, t.page());
    }

    @Test
    void subHeaderRowAndEmptyColumn() throws IOException {
        Table t = read().get(1);
        assertEquals("Grouped header with an empty column", t.caption());
        assertEquals(List.of(List.of("Binder", "Function", "", "Rate performance", "Ref."),
                List.of("", "Electronic", "Ionic", "", "")), texts(t.headerRows()));
        assertEquals(List.of(List.of("PAA", "✓", "", "2C, \u223c 50%", "7")), texts(t.bodyRows()));
        assertTrue(t.bodyRows().get(0).stream().allMatch(c -> c.columnSpan() == 1));
    }
}
