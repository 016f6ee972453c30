package org.simine.gold.statements;

import java.util.List;
import java.util.Objects;
import org.simine.model.Record;

/**
 * One row of a statements file: a short text written for testing and the records an extractor should read from
 * it, all of them or nothing ({@link #negative()}).
 *
 * @param id       row id, unique in its file ({@code S001})
 * @param shape    name of the statement shape the row exercises ({@code respectively-list}); {@code neg-*} rows
 *                 expect nothing, {@code ctx-*} rows name the material in an earlier sentence
 * @param text     the text, one to three sentences, extracted as a document of its own
 * @param expected the expected records, in file order: material, property, value and unit always set; rate,
 *                 cycles, dopant, baseline and value_max as the row states them. Their {@code doc} is
 *                 {@code statement:<id>} and their source the row's text with rule {@value #RULE}
 * @param line     1-based line of the row in its file (the header is line 1)
 */
public record Statement(String id, String shape, String text, List<Record> expected, int line) {
    /** The rule id of expected records. */
    public static final String RULE = "gold";

    public Statement {
        requireText("id", id);
        requireText("shape", shape);
        requireText("text", text);
        expected = List.copyOf(Objects.requireNonNull(expected, "expected"));
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
    }

    /** True when the row expects no record at all. */
    public boolean negative() {
        return expected.isEmpty();
    }

    /** The document id given to the row's expected records. */
    public static String docOf(String id) {
        return "statement:" + id;
    }

    private static void requireText(String name, String value) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
