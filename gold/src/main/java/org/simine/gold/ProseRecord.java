package org.simine.gold;

import java.util.Objects;
import org.simine.model.Record;

/**
 * One expected record stated in the review's running text, tied to the line of the seed text that prints it.
 *
 * @param gold    the expected record as a {@link GoldRecord} (table {@link #TABLE}, row = seed line), so the
 *                evaluator scores prose and table gold alike
 * @param line    1-based line of the seed text
 * @param quote   the shortest verbatim span of that line holding the value and its conditions
 * @param binding where the material is named
 */
public record ProseRecord(GoldRecord gold, int line, String quote, Binding binding) {
    /** Table label of prose gold records: the evaluator's bucket for values read from running text. */
    public static final String TABLE = "text";

    /** Where the statement names its material. */
    public enum Binding {
        /** In the value's own sentence. */
        SENTENCE("sentence"),
        /** In an earlier sentence of the paragraph ("the composite anode", "it"). */
        PARAGRAPH("paragraph"),
        /** Not named at all; the record's material is empty. */
        NONE("");

        private final String id;

        Binding(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Binding fromId(String id) {
            for (Binding b : values()) {
                if (b.id.equals(id)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("binding must be sentence, paragraph or empty, got '" + id + "'");
        }
    }

    public ProseRecord {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(binding, "binding");
    }

    public String id() {
        return gold.id();
    }

    public Record record() {
        return gold.record();
    }
}
