package org.simine.model;

import java.util.List;
import java.util.Objects;

/**
 * Dopant elements and their concentration. {@code value} and {@code unit} are both null when the
 * paper names the dopant without a concentration.
 */
public record Dopant(List<String> elements, Double value, Unit unit) {
    public Dopant {
        elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a dopant needs at least one element");
        }
        if ((value == null) != (unit == null)) {
            throw new IllegalArgumentException("dopant value and unit must both be present or both absent");
        }
        if (unit != null && !Property.DOPANT_CONCENTRATION.accepts(unit)) {
            throw new IllegalArgumentException("dopant unit must be at%, wt%, % or ppm, got " + unit);
        }
    }

    public static Dopant of(List<String> elements, Double value, Unit unit) {
        return new Dopant(elements, value, unit);
    }
}
