package org.simine.index.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching records per value of some {@link FacetDimension}s in one pass over the hits, from doc values:
 * per segment it counts ordinals in an array and turns them into strings only when the segment is done, so the
 * cost per hit is an array increment. Uses only the collector API that Lucene 9 and 10 share.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Facets> {
    private final List<FacetDimension> dimensions;
    private final int limit;

    /** @param limit values kept per dimension, largest counts first */
    FacetCounter(List<FacetDimension> dimensions, int limit) {
        this.dimensions = List.copyOf(dimensions);
        this.limit = limit;
    }

    @Override
    public Counting newCollector() {
        return new Counting(dimensions);
    }

    @Override
    public Facets reduce(Collection<Counting> collectors) throws IOException {
        long hits = 0;
        Map<FacetDimension, Map<String, Long>> merged = new EnumMap<>(FacetDimension.class);
        for (Counting c : collectors) {
            c.flush();
            hits += c.hits;
            for (int i = 0; i < dimensions.size(); i++) {
                Map<String, Long> into = merged.computeIfAbsent(dimensions.get(i), d -> new HashMap<>());
                c.totals[i].forEach((value, n) -> into.merge(value, n, Long::sum));
            }
        }
        Map<FacetDimension, List<FacetCount>> counts = new EnumMap<>(FacetDimension.class);
        for (FacetDimension d : dimensions) {
            counts.put(d, Facets.top(merged.getOrDefault(d, Map.of()), limit));
        }
        return new Facets(hits, counts);
    }

    static final class Counting extends SimpleCollector {
        private final List<FacetDimension> dimensions;
        private final SortedSetDocValues[] values;
        private final long[][] ordinalCounts;
        final Map<String, Long>[] totals;
        long hits;

        @SuppressWarnings("unchecked")
        Counting(List<FacetDimension> dimensions) {
            this.dimensions = dimensions;
            this.values = new SortedSetDocValues[dimensions.size()];
            this.ordinalCounts = new long[dimensions.size()][];
            this.totals = new Map[dimensions.size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = new HashMap<>();
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < dimensions.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), dimensions.get(i).field().fieldName());
                ordinalCounts[i] = new long[Math.toIntExact(values[i].getValueCount())];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        ordinalCounts[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        /** Turns the finished segment's ordinal counts into value counts. */
        void flush() throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                long[] counts = ordinalCounts[i];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        totals[i].merge(values[i].lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                    }
                }
                values[i] = null;
                ordinalCounts[i] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
