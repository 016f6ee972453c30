package org.simine.extract.nlp;

import java.util.List;
import java.util.Optional;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Record;

/**
 * One number read twice — by a tuple rule and by the statement reader — gives one record. The rule's record is
 * kept (its property, value and rule id were checked on the review and the Si papers); the reader completes what a
 * rule's fixed shape leaves out: the baseline of a comparison, a rate or cycle count stated elsewhere in the
 * sentence (and with a cycle count, a capacity becomes cycling stability), a dopant amount, and the sample when the rule found none or the number belongs to the
 * comparison's reference sample ("27.1 Ω … than that of P-Si-0 (88.9 Ω)").
 */
final class ReadingMerger {
    private ReadingMerger() {
    }

    /**
     * A number as the statement reader read it.
     *
     * @param plainSi whether its sample is only "Si" / "the Si anode" (a rule leaves such a value without sample)
     */
    record Read(Record record, boolean plainSi) {
    }

    /** The reader's reading of the same number and property as {@code rule}, if it read one. */
    static Optional<Read> sameReading(Record rule, List<Read> readings) {
        return readings.stream()
                .filter(r -> sameProperty(rule, r.record()) && sameNumber(r.record().value(), rule.value()))
                .findFirst();
    }

    /** The same property, or a capacity the reader found "after N cycles" (cycling stability). */
    private static boolean sameProperty(Record rule, Record reading) {
        return reading.property() == rule.property() || rule.property() == Property.SPECIFIC_CAPACITY
                && reading.property() == Property.CYCLING_STABILITY && rule.cycles() == null
                && reading.unit() == rule.unit();
    }

    /**
     * @param sentenceRules all rule records of the sentence: a reference sample the reader names that is another
     *                      rule record's sample is the compared one, which the reader failed to tell apart
     */
    static Record complete(Record rule, Read read, List<Record> sentenceRules) {
        Record reading = read.record();
        Record.Builder merged = rule.toBuilder().property(reading.property());
        if (!read.plainSi() && takesSampleFromReader(rule, reading, sentenceRules)) {
            merged.material(reading.material())
                    .dopant(reading.dopant())
                    .confidence(reading.confidence())
                    .source(withBindingOf(rule, reading));
        } else if (addsDopantAmount(rule.dopant(), reading.dopant())) {
            merged.dopant(reading.dopant());
        }
        if (rule.baseline() == null && rule.factor() == null) {
            merged.baseline(reading.baseline());
        }
        if (rule.rate() == null) {
            merged.rate(reading.rate());
        }
        if (rule.cycles() == null) {
            merged.cycles(reading.cycles());
        }
        return merged.build();
    }

    /**
     * The reader's sample wins where the rule has none in the sentence, and where the reader read the number as a
     * reference sample's own value (a rule binds the nearest sample before the number, which is the compared one).
     */
    private static boolean takesSampleFromReader(Record rule, Record reading, List<Record> sentenceRules) {
        // "pristine STN" for the rule's "STN": the same sample with its state word, the rule's name stays.
        if (reading.material() == null || rule.material() != null && reading.material().endsWith(rule.material())) {
            return false;
        }
        return rule.material() == null || reading.source().rule().endsWith(".reference")
                && sentenceRules.stream().noneMatch(other -> reading.material().equals(other.material()));
    }

    private static boolean addsDopantAmount(Dopant rule, Dopant reading) {
        return reading != null && reading.value() != null && (rule == null
                || rule.value() == null && rule.elements().equals(reading.elements()));
    }

    private static org.simine.model.Source withBindingOf(Record rule, Record reading) {
        org.simine.model.Source source = rule.source();
        org.simine.model.Source read = reading.source();
        return read.binding() == null ? source : source.withBinding(read.binding(), read.bindingDistance());
    }

    private static boolean sameNumber(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
