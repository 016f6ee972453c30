package org.simine.gold.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A miss or false positive with the modes it occurs in. Misses and false positives of the two modes
 * are listed once each in the reports, tagged with their modes, ordered by input position.
 */
record ModeTagged<T>(T item, Set<MatchMode> modes) {
    static List<ModeTagged<Miss>> misses(EvalReport report) {
        return merge(report, ModeReport::misses, Miss::index);
    }

    static List<ModeTagged<FalsePositive>> falsePositives(EvalReport report) {
        return merge(report, ModeReport::falsePositives, FalsePositive::index);
    }

    private static <T> List<ModeTagged<T>> merge(EvalReport report, Function<ModeReport, List<T>> items,
                                                 ToIntFunction<T> index) {
        Map<Integer, T> byIndex = new TreeMap<>();
        Map<Integer, Set<MatchMode>> modes = new TreeMap<>();
        for (MatchMode mode : MatchMode.values()) {
            for (T item : items.apply(report.mode(mode))) {
                int i = index.applyAsInt(item);
                byIndex.putIfAbsent(i, item);
                modes.computeIfAbsent(i, k -> EnumSet.noneOf(MatchMode.class)).add(mode);
            }
        }
        List<ModeTagged<T>> out = new ArrayList<>();
        byIndex.forEach((i, item) -> out.add(new ModeTagged<>(item, modes.get(i))));
        return out;
    }

    String modeList() {
        return String.join(", ", modes.stream().map(MatchMode::id).toList());
    }
}
