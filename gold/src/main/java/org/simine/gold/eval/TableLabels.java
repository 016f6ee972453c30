package org.simine.gold.eval;

import java.util.Comparator;
import org.simine.model.Record;

/** Table buckets of the per-table breakdown. */
public final class TableLabels {
    /** Bucket for predictions read from running text (no {@code source().table()}). */
    public static final String TEXT = "text";

    /** Numeric labels by number, then other labels alphabetically, {@link #TEXT} last. */
    public static final Comparator<String> ORDER = Comparator
            .comparing((String s) -> s.equals(TEXT))
            .thenComparing(s -> !isNumber(s))
            .thenComparing(s -> isNumber(s) ? Long.parseLong(s) : 0L)
            .thenComparing(Comparator.naturalOrder());

    private TableLabels() {
    }

    /** The table a prediction counts against when it is a false positive. */
    public static String of(Record predicted) {
        String t = predicted.source().table();
        return t == null || t.isBlank() ? TEXT : t.strip();
    }

    private static boolean isNumber(String s) {
        return s.matches("\\d{1,18}");
    }
}
