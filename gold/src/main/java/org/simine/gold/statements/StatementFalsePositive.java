package org.simine.gold.statements;

import java.util.Objects;
import java.util.Set;
import org.simine.gold.eval.MatchMode;
import org.simine.model.Record;

/**
 * A prediction that matched no expected record of its row.
 *
 * @param row        the row id
 * @param shape      the row's shape
 * @param index      0-based position of the prediction among the row's predictions
 * @param predicted  the prediction (its rule is {@code predicted.source().rule()})
 * @param modes      the modes it is unmatched in (tolerant ones are unmatched in strict mode too)
 * @param noMaterial true when it names no material (never a match: material is required)
 */
public record StatementFalsePositive(String row, String shape, int index, Record predicted, Set<MatchMode> modes,
                                     boolean noMaterial) {
    public StatementFalsePositive {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(predicted, "predicted");
        modes = Set.copyOf(modes);
    }

    /** The id of the rule that produced the prediction. */
    public String rule() {
        return predicted.source().rule();
    }
}
