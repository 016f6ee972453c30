package org.simine.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One extracted kinetics value with its conditions and provenance: the unit of SiMine's datasets.
 *
 * <p>The JSON form (snake_case, nulls omitted, {@code schema_version} on every record) is a public
 * contract described by {@code record.schema.json}; see {@link RecordJson}.
 *
 * @param doc         document id: the DOI when known, else {@code sha256:<hex>} of the file
 * @param material    the material or sample as written in the paper, e.g. {@code P0.125Si}, {@code Si@C}
 * @param property    what was measured
 * @param value       the number in the canonical unit; null only for a purely relative statement
 *                    ("10 times increase"), which then carries {@code factor}
 * @param valueMax    upper end of a range such as 0.28–0.33 (value holds the lower end)
 * @param unit        canonical unit of value, value_max and baseline
 * @param approx      true when the paper hedges the number (~, ≈, "about", "nearly")
 * @param comparator  {@code <}, {@code <=}, {@code >}, {@code >=} when the paper states a bound, else null
 * @param raw         the surface text of the value as read
 * @param rate        charge/discharge rate the value was measured at
 * @param cycles      number of cycles after which the value holds
 * @param baseline    comparison value in the same unit (e.g. R_ct of undoped Si)
 * @param factor      value relative to baseline when the paper states only a ratio (10 for "10 times increase")
 * @param temperature measurement temperature in degrees Celsius, when stated
 * @param dopant      dopant elements and concentration of the material
 * @param source      provenance: where the value was read and by which rule
 * @param confidence  extractor's confidence in [0,1]; lower when the material was bound from far away
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "schema_version", allowGetters = true)
@JsonPropertyOrder({"schema_version", "doc", "material", "property", "value", "value_max", "unit", "approx",
        "comparator", "raw", "rate", "cycles", "baseline", "factor", "temperature", "dopant", "source", "confidence"})
public record Record(
        String doc,
        String material,
        Property property,
        Double value,
        @JsonProperty("value_max") Double valueMax,
        Unit unit,
        boolean approx,
        String comparator,
        String raw,
        Rate rate,
        Integer cycles,
        Double baseline,
        Double factor,
        Double temperature,
        Dopant dopant,
        Source source,
        Double confidence) {

    /** Version of the record contract; bump the major part on any incompatible change. */
    public static final String SCHEMA_VERSION = "1.2";

    public Record {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!property.accepts(unit)) {
            throw new IllegalArgumentException(property + " cannot be expressed in " + unit);
        }
        if (value == null && factor == null) {
            throw new IllegalArgumentException("a record needs a value or a factor");
        }
        requireFinite("value", value);
        requireFinite("value_max", valueMax);
        requireFinite("baseline", baseline);
        requireFinite("factor", factor);
        requireFinite("temperature", temperature);
        if (valueMax != null && (value == null || valueMax < value)) {
            throw new IllegalArgumentException("value_max " + valueMax + " must not be below value " + value);
        }
        if (comparator != null && !comparator.matches("<|<=|>|>=")) {
            throw new IllegalArgumentException("comparator must be one of < <= > >=, got " + comparator);
        }
        if (cycles != null && cycles <= 0) {
            throw new IllegalArgumentException("cycles must be positive, got " + cycles);
        }
        if (confidence != null && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
        }
    }

    @JsonProperty("schema_version")
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .doc(doc).material(material).property(property).value(value).valueMax(valueMax).unit(unit)
                .approx(approx).comparator(comparator).raw(raw).rate(rate).cycles(cycles).baseline(baseline)
                .factor(factor).temperature(temperature).dopant(dopant).source(source).confidence(confidence);
    }

    private static void requireFinite(String name, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }

    /** Mutable helper to assemble a {@link Record}; validation happens in {@link #build()}. */
    public static final class Builder {
        private String doc;
        private String material;
        private Property property;
        private Double value;
        private Double valueMax;
        private Unit unit;
        private boolean approx;
        private String comparator;
        private String raw;
        private Rate rate;
        private Integer cycles;
        private Double baseline;
        private Double factor;
        private Double temperature;
        private Dopant dopant;
        private Source source;
        private Double confidence;

        private Builder() {
        }

        public Builder doc(String v) { this.doc = v; return this; }
        public Builder material(String v) { this.material = v; return this; }
        public Builder property(Property v) { this.property = v; return this; }
        public Builder value(Double v) { this.value = v; return this; }
        public Builder valueMax(Double v) { this.valueMax = v; return this; }
        public Builder unit(Unit v) { this.unit = v; return this; }
        public Builder approx(boolean v) { this.approx = v; return this; }
        public Builder comparator(String v) { this.comparator = v; return this; }
        public Builder raw(String v) { this.raw = v; return this; }
        public Builder rate(Rate v) { this.rate = v; return this; }
        public Builder cycles(Integer v) { this.cycles = v; return this; }
        public Builder baseline(Double v) { this.baseline = v; return this; }
        public Builder factor(Double v) { this.factor = v; return this; }
        public Builder temperature(Double v) { this.temperature = v; return this; }
        public Builder dopant(Dopant v) { this.dopant = v; return this; }
        public Builder source(Source v) { this.source = v; return this; }
        public Builder confidence(Double v) { this.confidence = v; return this; }

        public Record build() {
            return new Record(doc, material, property, value, valueMax, unit, approx, comparator, raw, rate,
                    cycles, baseline, factor, temperature, dopant, source, confidence);
        }
    }
}
