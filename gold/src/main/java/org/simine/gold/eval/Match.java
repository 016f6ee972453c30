package org.simine.gold.eval;

import java.util.Objects;
import org.simine.gold.GoldRecord;
import org.simine.model.Record;

/**
 * A true positive: a gold record and the prediction assigned to it.
 *
 * @param goldIndex      position of the gold record in the evaluated gold list
 * @param gold           the gold record
 * @param predictedIndex position of the prediction in the evaluated prediction list (0-based)
 * @param predicted      the prediction
 */
public record Match(int goldIndex, GoldRecord gold, int predictedIndex, Record predicted) {
    public Match {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }
}
