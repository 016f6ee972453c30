package org.simine.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The debugging writers write into any {@link Appendable}, here a StringBuilder. */
class TableWritersTest {
    private static final Table TABLE = new Table("3", "Functions, \"quoted\"", 12,
            List.of(List.of(new Table.Cell("Coating", 1, 1, 1, 2, new Table.Box(1, 2, 3, 4)),
                    new Table.Cell("Function", 1, 2, 2, null))),
            List.of(List.of(new Table.Cell("PANI", 1, 1, 1, null), new Table.Cell("\u2713", 1, 2, 1, null),
                    new Table.Cell("3 A g\u22121, \u223C44%", 1, 3, 1, null))));

    @Test
    void csvWritesTheGridWithSpansPaddedAndFieldsQuoted() throws IOException {
        StringBuilder out = new StringBuilder();
        new TableCsvWriter().write(List.of(TABLE), out);
        assertEquals("# Table 3 (page 12): Functions, \"quoted\"\r\n"
                + "Coating,Function,\r\n"
                + "PANI,\u2713,\"3 A g\u22121, \u223C44%\"\r\n", out.toString());
    }

    @Test
    void jsonWritesEveryCellWithSpansAndBoxes() throws IOException {
        StringBuilder out = new StringBuilder();
        new TableJsonWriter().write(List.of(TABLE), out);
        String json = out.toString();
        assertEquals("""
                [
                  {"label": "3", "caption": "Functions, \\"quoted\\"", "page": 12, "columns": 3,
                   "header_rows": [
                    [{"text": "Coating", "row": 1, "column": 1, "column_span": 1, "row_span": 2, "box": [1.00, 2.00, 3.00, 4.00]}, \
                {"text": "Function", "row": 1, "column": 2, "column_span": 2, "row_span": 1, "box": null}]
                   ],
                   "body_rows": [
                    [{"text": "PANI", "row": 1, "column": 1, "column_span": 1, "row_span": 1, "box": null}, \
                {"text": "\u2713", "row": 1, "column": 2, "column_span": 1, "row_span": 1, "box": null}, \
                {"text": "3 A g\u22121, \u223C44%", "row": 1, "column": 3, "column_span": 1, "row_span": 1, "box": null}]
                   ]}
                ]
                """, json);
    }

    @Test
    void noTablesIsAnEmptyArray() throws IOException {
        StringBuilder out = new StringBuilder();
        new TableJsonWriter().write(List.of(), out);
        assertEquals("[]\n", out.toString());
    }
}
