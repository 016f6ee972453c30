package org.simine.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins collinear rulings that touch or overlap into one: typesetters draw a long rule as many short
 * pieces (one per cell), and a double-stroked rule as two nearly identical lines.
 */
final class RulingMerger {
    /** Rulings whose positions differ by less than this (points) are collinear. */
    static final double POSITION_TOLERANCE = 1.0;
    /** Pieces this close along the line (points) are one rule. */
    private static final double JOIN_GAP = 1.5;

    private RulingMerger() {
    }

    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>(mergeOriented(rulings.stream().filter(Ruling::isHorizontal).toList(), true));
        out.addAll(mergeOriented(rulings.stream().filter(Ruling::isVertical).toList(), false));
        return out;
    }

    private static List<Ruling> mergeOriented(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        List<Ruling> line = new ArrayList<>();
        for (Ruling r : sorted) {
            if (!line.isEmpty() && r.position() - line.get(0).position() > POSITION_TOLERANCE) {
                out.addAll(joinAlong(line, horizontal));
                line.clear();
            }
            line.add(r);
        }
        out.addAll(joinAlong(line, horizontal));
        return out;
    }

    /** Joins pieces at (nearly) one position along their length. */
    private static List<Ruling> joinAlong(List<Ruling> pieces, boolean horizontal) {
        if (pieces.isEmpty()) {
            return List.of();
        }
        double position = pieces.stream().mapToDouble(Ruling::position).average().orElseThrow();
        List<Ruling> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        double start = sorted.get(0).start();
        double end = sorted.get(0).end();
        for (Ruling r : sorted.subList(1, sorted.size())) {
            if (r.start() - end > JOIN_GAP) {
                out.add(make(horizontal, position, start, end));
                start = r.start();
            }
            end = Math.max(end, r.end());
        }
        out.add(make(horizontal, position, start, end));
        return out;
    }

    private static Ruling make(boolean horizontal, double position, double start, double end) {
        return horizontal ? Ruling.horizontal(position, start, end) : Ruling.vertical(position, start, end);
    }
}
