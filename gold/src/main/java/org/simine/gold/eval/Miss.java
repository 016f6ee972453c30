package org.simine.gold.eval;

import java.util.Objects;
import org.simine.gold.GoldRecord;

/**
 * A false negative: a gold record no prediction was assigned to.
 *
 * @param index position of the gold record in the evaluated gold list (0-based)
 * @param gold  the gold record; its {@link GoldRecord#table()} is the table the miss counts against
 */
public record Miss(int index, GoldRecord gold) {
    public Miss {
        Objects.requireNonNull(gold, "gold");
    }
}
