package org.simine.extract.nlp;

import java.math.BigDecimal;
import java.util.Optional;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * Turns a rule match into a {@link Record}: converts the captured texts to numbers in canonical units and
 * attaches the material, provenance and confidence. A match whose texts do not convert (an unknown unit, a
 * rate of zero, a property that cannot take the unit) gives no record rather than a half-read one.
 */
final class RecordAssembler {
    private final UnitVocabulary units;
    private final RateParser rates;

    RecordAssembler(UnitVocabulary units) {
        this.units = units;
        this.rates = new RateParser(units);
    }

    /**
     * @param binding  the material bound to the match and how, or null
     * @param source   provenance of the match (page, sentence, offsets, snippet, rule)
     */
    Optional<Record> assemble(String docId, RuleMatch match, MaterialBinding binding, Source source) {
        Optional<Property> property = property(match.ruleId());
        if (property.isEmpty()) {
            return Optional.empty();
        }
        if (match.slot("factor_unit").isPresent()) {
            return factor(match).map(f -> withProvenance(Record.builder().doc(docId).property(property.get())
                    .unit(Unit.fromSymbol(match.slot("factor_unit").get())).factor(f)
                    .approx(match.slot("approx").isPresent()).raw(factorRaw(match)), binding, source).build());
        }
        Optional<UnitVocabulary.Entry> unit = match.slot("unit").flatMap(units::lookup)
                .filter(u -> u.kind() == UnitVocabulary.Kind.VALUE);
        Optional<BigDecimal> number = match.slot("value").flatMap(NumberParser::parse);
        if (unit.isEmpty() || number.isEmpty()) {
            return Optional.empty();
        }
        Unit canonical = Unit.fromSymbol(unit.get().canonical());
        if (!property.get().accepts(canonical)) {
            return Optional.empty();
        }
        Record.Builder record = withProvenance(Record.builder()
                .doc(docId)
                .property(property.get())
                .value(inCanonical(number.get(), unit.get()))
                .unit(canonical)
                .approx(match.slot("approx").isPresent() || match.slot("bapprox").isPresent())
                .comparator(comparator(match))
                .raw(raw(match)), binding, source);
        Optional<String> rateText = match.slot("rate").or(() -> match.slot("rate_after"));
        if (rateText.isPresent()) {
            Optional<Rate> rate = rates.parse(rateText.get());
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            record.rate(rate.get());
        }
        if (match.slot("cycles").isPresent()) {
            Optional<Integer> cycles = match.slot("cycles").flatMap(RecordAssembler::positiveInteger);
            if (cycles.isEmpty()) {
                return Optional.empty();
            }
            record.cycles(cycles.get());
        }
        if (match.slot("baseline").isPresent()) {
            Optional<Double> baseline = baseline(match, unit.get());
            if (baseline.isEmpty()) {
                return Optional.empty();
            }
            record.baseline(baseline.get());
        }
        return Optional.of(record.build());
    }

    /** A statement reader's reading as a record. */
    Record assemble(String docId, StatementReader.Reading reading, Source source) {
        return withProvenance(Record.builder()
                .doc(docId)
                .property(reading.property())
                .value(reading.value())
                .valueMax(reading.valueMax())
                .unit(reading.unit())
                .approx(reading.approx())
                .comparator(reading.comparator())
                .raw(reading.raw())
                .rate(reading.rate())
                .cycles(reading.cycles())
                .baseline(reading.baseline()), reading.material(), source)
                .dopant(reading.dopant())
                .build();
    }

    /** Sets source, confidence, and the bound material with its dopants. */
    private static Record.Builder withProvenance(Record.Builder record, MaterialBinding binding, Source source) {
        record.source(binding == null ? source : source.withBinding(binding.how(), binding.distance()))
                .confidence(binding == null ? MaterialBinding.CONFIDENCE_WITHOUT_MATERIAL : binding.confidence());
        if (binding != null) {
            MaterialMention material = binding.mention();
            record.material(material.text());
            if (!material.dopants().isEmpty()) {
                record.dopant(Dopant.of(material.dopants(), null, null));
            }
        }
        return record;
    }

    /** "8.8 times increase" → 8.8, "2-fold" → 2, "3-fold decrease" → 1/3; a factor of zero is no factor. */
    private static Optional<Double> factor(RuleMatch match) {
        if (match.slot("factor_pct").isPresent()) {
            Optional<BigDecimal> pct = match.slot("factor_pct").flatMap(NumberParser::parse);
            return pct.map(p -> p.movePointLeft(2)).map(p -> match.slot("down").isPresent()
                    ? BigDecimal.ONE.subtract(p) : BigDecimal.ONE.add(p)).filter(f -> f.signum() > 0)
                    .map(BigDecimal::doubleValue);
        }
        Optional<BigDecimal> n = match.slot("factor").or(() -> match.slot("factor_fold").map(f -> f.replace("-fold", "")))
                .flatMap(NumberParser::parse).filter(f -> f.signum() > 0);
        return n.map(f -> match.slot("down").isPresent()
                ? BigDecimal.ONE.divide(f, java.math.MathContext.DECIMAL64).doubleValue() : f.doubleValue());
    }

    private static String factorRaw(RuleMatch match) {
        String approx = match.slot("approx").map(a -> a + (a.equals("~") ? "" : " ")).orElse("");
        if (match.slot("factor_pct").isPresent()) {
            return approx + match.slot("factor_pct").get() + "%" + match.slot("down").map(d -> " " + d).orElse("");
        }
        return approx + match.slot("factor").map(f -> f + " " + match.slot("factor_word").orElse("")).or(() -> match.slot("factor_fold")).orElse("")
                + match.slot("down").map(d -> " " + d).orElse("");
    }

    /** The rule id names the property before its first dot: {@code capacity_retention.pct_cue_at_rate}. */
    static Optional<Property> property(String ruleId) {
        int dot = ruleId.indexOf('.');
        try {
            return Optional.of(Property.fromId(dot < 0 ? ruleId : ruleId.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Double> baseline(RuleMatch match, UnitVocabulary.Entry valueUnit) {
        Optional<UnitVocabulary.Entry> unit = match.slot("baseline_unit").isPresent()
                ? match.slot("baseline_unit").flatMap(units::lookup) : Optional.of(valueUnit);
        return unit.filter(u -> u.canonical().equals(valueUnit.canonical()))
                .flatMap(u -> match.slot("baseline").flatMap(NumberParser::parse).map(n -> inCanonical(n, u)));
    }

    private static double inCanonical(BigDecimal number, UnitVocabulary.Entry unit) {
        return number.multiply(BigDecimal.valueOf(unit.multiplier())).doubleValue();
    }

    private static String comparator(RuleMatch match) {
        if (match.slot("gt").isPresent()) {
            return ">";
        }
        if (match.slot("ge").isPresent()) {
            return ">=";
        }
        if (match.slot("lt").isPresent()) {
            return "<";
        }
        return match.slot("le").isPresent() ? "<=" : null;
    }

    /** Hedge, number and unit as written; a unit that starts with a letter or Ω was separated by a space. */
    private static String raw(RuleMatch match) {
        String value = match.slot("approx").map(a -> a + (a.equals("~") ? "" : " ")).orElse("")
                + match.slot("value").orElse("");
        String unit = match.slot("unit").orElse("");
        boolean spaced = !unit.isEmpty() && (Character.isLetter(unit.charAt(0)) || unit.charAt(0) == 'Ω');
        return value + (spaced ? " " : "") + unit;
    }

    private static Optional<Integer> positiveInteger(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
