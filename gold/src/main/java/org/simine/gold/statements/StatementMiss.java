package org.simine.gold.statements;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.simine.gold.eval.MatchMode;
import org.simine.model.Record;

/**
 * An expected record no prediction matched.
 *
 * @param row        the row id
 * @param shape      the row's shape
 * @param index      0-based position of the record in the row's expected list
 * @param expected   the expected record
 * @param modes      the modes it is missed in (strict only, or both)
 * @param nearest    the row's prediction of the same property that fails the fewest strict criteria, or null when
 *                   the row gave none of that property
 * @param mismatches the strict criteria {@code nearest} fails ({@link StatementMatcher#CRITERIA}); empty without one
 */
public record StatementMiss(String row, String shape, int index, Record expected, Set<MatchMode> modes,
                            Record nearest, List<String> mismatches) {
    public StatementMiss {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(expected, "expected");
        modes = Set.copyOf(modes);
        mismatches = List.copyOf(mismatches);
    }
}
