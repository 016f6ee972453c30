package org.simine.gold.statements;

import java.util.List;
import java.util.Objects;
import org.simine.gold.eval.MatchMode;
import org.simine.model.Record;

/**
 * One row scored: its statement, what the extractor read from its text, and the one-to-one matching in each mode.
 *
 * @param statement the row
 * @param predicted the records extracted from the row's text, in extraction order
 * @param strict    per expected record (in row order), the index of the prediction matched to it in strict mode,
 *                  or -1
 * @param tolerant  the same in tolerant mode
 */
public record RowResult(Statement statement, List<Record> predicted, List<Integer> strict, List<Integer> tolerant) {
    public RowResult {
        Objects.requireNonNull(statement, "statement");
        predicted = List.copyOf(predicted);
        strict = List.copyOf(strict);
        tolerant = List.copyOf(tolerant);
        int n = statement.expected().size();
        if (strict.size() != n || tolerant.size() != n) {
            throw new IllegalArgumentException("one assignment per expected record (" + n + ")");
        }
    }

    /** Per expected record, the matched prediction's index or -1. */
    public List<Integer> assignment(MatchMode mode) {
        return mode == MatchMode.STRICT ? strict : tolerant;
    }

    /** The prediction matched to expected record {@code i} in {@code mode}, or -1. */
    public int matchOf(MatchMode mode, int i) {
        return assignment(mode).get(i);
    }

    /** True when prediction {@code p} is matched to some expected record in {@code mode}. */
    public boolean used(MatchMode mode, int p) {
        return assignment(mode).contains(p);
    }
}
