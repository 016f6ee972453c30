package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;
import org.simine.index.document.IndexField;

/**
 * Materials side by side: their values grouped by the conditions they were measured at — property (and unit), rate
 * (value and unit) and cycles — so that a row holds values one can compare. Read from doc values in one pass over
 * the matching records (no stored record is read), so a comparison of thousands of records costs milliseconds.
 *
 * @param materials the materials compared, in the order asked
 * @param rows      one row per condition, rows with the most materials first, then by property, rate, cycles
 */
public record Comparison(List<String> materials, List<Row> rows) {
    public Comparison {
        materials = List.copyOf(materials);
        rows = List.copyOf(rows);
    }

    /**
     * One condition.
     *
     * @param property property id
     * @param unit     unit symbol of the values
     * @param rate     rate value, or null
     * @param rateUnit rate unit symbol, or null
     * @param cycles   cycles, or null
     * @param values   per material (as in {@link Comparison#materials}), its values at this condition, ascending;
     *                 empty when it has none
     */
    public record Row(String property, String unit, Double rate, String rateUnit, Integer cycles,
                      List<List<Double>> values) {
        /** How many of the materials have a value here. */
        public int materialsWithValues() {
            return (int) values.stream().filter(v -> !v.isEmpty()).count();
        }
    }

    /** Compares the materials over the records {@code query} matches (the caller keeps it to those materials). */
    public static Comparison of(IndexSearcher searcher, Query query, List<String> materials) throws IOException {
        Map<Key, List<List<Double>>> cells = searcher.search(query, new Manager(materials));
        List<Row> rows = new ArrayList<>();
        cells.forEach((k, v) -> {
            v.forEach(list -> list.sort(Comparator.naturalOrder()));
            rows.add(new Row(k.property, k.unit, k.rate, k.rateUnit, k.cycles, v));
        });
        rows.sort(Comparator.comparingInt(Row::materialsWithValues).reversed()
                .thenComparing(Row::property)
                .thenComparing(Row::unit)
                .thenComparing(r -> r.rateUnit() == null ? "" : r.rateUnit())
                .thenComparing(r -> r.rate() == null ? -1 : r.rate())
                .thenComparing(r -> r.cycles() == null ? -1 : r.cycles()));
        return new Comparison(materials, rows);
    }

    private record Key(String property, String unit, Double rate, String rateUnit, Integer cycles) {
    }

    private static final class Manager implements CollectorManager<Collector, Map<Key, List<List<Double>>>> {
        private final List<String> materials;

        Manager(List<String> materials) {
            this.materials = materials;
        }

        @Override
        public Collector newCollector() {
            return new Collector(materials);
        }

        @Override
        public Map<Key, List<List<Double>>> reduce(Collection<Collector> collectors) {
            Map<Key, List<List<Double>>> out = new LinkedHashMap<>();
            for (Collector c : collectors) {
                c.cells.forEach((k, v) -> {
                    List<List<Double>> into = out.computeIfAbsent(k, x -> empty(materials.size()));
                    for (int i = 0; i < v.size(); i++) {
                        into.get(i).addAll(v.get(i));
                    }
                });
            }
            return out;
        }
    }

    private static List<List<Double>> empty(int n) {
        List<List<Double>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    private static final class Collector extends SimpleCollector {
        private final List<String> materials;
        final Map<Key, List<List<Double>>> cells = new HashMap<>();
        private SortedSetDocValues material;
        private SortedSetDocValues property;
        private SortedSetDocValues unit;
        private SortedSetDocValues rateUnit;
        private NumericDocValues value;
        private NumericDocValues rate;
        private NumericDocValues cycles;
        /** Per segment: material ordinal → index in {@link #materials}, -1 for others. */
        private Map<Long, Integer> materialIndex;

        Collector(List<String> materials) {
            this.materials = materials;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            var reader = context.reader();
            material = DocValues.getSortedSet(reader, IndexField.MATERIAL.fieldName());
            property = DocValues.getSortedSet(reader, IndexField.PROPERTY.fieldName());
            unit = DocValues.getSortedSet(reader, IndexField.UNIT.fieldName());
            rateUnit = DocValues.getSortedSet(reader, IndexField.RATE_UNIT.fieldName());
            value = DocValues.getNumeric(reader, IndexField.VALUE.fieldName());
            rate = DocValues.getNumeric(reader, IndexField.RATE.fieldName());
            cycles = DocValues.getNumeric(reader, IndexField.CYCLES.fieldName());
            materialIndex = new HashMap<>();
            for (int i = 0; i < materials.size(); i++) {
                long ord = material.lookupTerm(new org.apache.lucene.util.BytesRef(materials.get(i)));
                if (ord >= 0) {
                    materialIndex.put(ord, i);
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!material.advanceExact(doc) || !value.advanceExact(doc)) {
                return;
            }
            Integer m = materialIndex.get(material.nextOrd());
            if (m == null) {
                return;
            }
            String p = first(property, doc);
            String u = first(unit, doc);
            Double r = rate.advanceExact(doc) ? NumericUtils.sortableLongToDouble(rate.longValue()) : null;
            String ru = r == null ? null : first(rateUnit, doc);
            Integer c = cycles.advanceExact(doc) ? (int) NumericUtils.sortableLongToDouble(cycles.longValue()) : null;
            Key key = new Key(Objects.requireNonNullElse(p, "?"), Objects.requireNonNullElse(u, ""), r, ru, c);
            cells.computeIfAbsent(key, k -> empty(materials.size())).get(m)
                    .add(NumericUtils.sortableLongToDouble(value.longValue()));
        }

        private static String first(SortedSetDocValues dv, int doc) throws IOException {
            return dv.advanceExact(doc) ? dv.lookupOrd(dv.nextOrd()).utf8ToString() : null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
