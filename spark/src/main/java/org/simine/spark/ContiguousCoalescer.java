package org.simine.spark;

import java.io.Serializable;
import org.apache.spark.Partition;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.PartitionCoalescer;
import org.apache.spark.rdd.PartitionGroup;
import org.apache.spark.rdd.RDD;
import scala.Option;

/**
 * Coalesces an RDD's partitions into contiguous runs (0..k, k+1..m, ...), so the coalesced partitions keep the
 * parent's order. Spark's default coalescer groups the partitions of a cached RDD by where they are cached, with a
 * seeded random choice, so part files would no longer be in input order.
 */
final class ContiguousCoalescer implements PartitionCoalescer, Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code rdd} in at most {@code partitions} partitions, each a contiguous run of the parent's, in order. */
    static <T> JavaRDD<T> coalesce(JavaRDD<T> rdd, int partitions) {
        RDD<T> coalesced = rdd.rdd().coalesce(partitions, false,
                Option.apply(new ContiguousCoalescer()), null);
        return new JavaRDD<>(coalesced, rdd.classTag());
    }

    @Override
    public PartitionGroup[] coalesce(int maxPartitions, RDD<?> parent) {
        Partition[] parts = parent.partitions();
        int groups = Math.max(1, Math.min(maxPartitions, parts.length));
        PartitionGroup[] out = new PartitionGroup[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = new PartitionGroup(Option.empty());
            int from = (int) ((long) parts.length * g / groups);
            int to = (int) ((long) parts.length * (g + 1) / groups);
            for (int i = from; i < to; i++) {
                out[g].partitions().addOne(parts[i]);
            }
        }
        return out;
    }
}
