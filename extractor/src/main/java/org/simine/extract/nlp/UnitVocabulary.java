package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Unit phrases from {@code vocab/units.tsv} with their canonical unit and the factor to it. */
public final class UnitVocabulary {
    static final String RESOURCE = "/vocab/units.tsv";

    /** What a unit measures; decides whether the rules may read it as a value or as a rate. */
    public enum Kind { VALUE, RATE, FACTOR, OTHER }

    /**
     * @param surface    the phrase as listed
     * @param kind       what it measures
     * @param canonical  the canonical unit symbol (a model {@code Unit} or {@code RateUnit} symbol for
     *                   value and rate units)
     * @param multiplier factor from this unit to the canonical one
     */
    public record Entry(String surface, Kind kind, String canonical, double multiplier) {
    }

    private final Map<String, Entry> byKey;
    /** Every prefix of every key, so a phrase match can stop as soon as no longer key is possible. */
    private final Set<String> keyPrefixes;

    private UnitVocabulary(Map<String, Entry> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.keyPrefixes = PhraseKey.prefixes(byKey.keySet());
    }

    public static UnitVocabulary load() {
        Map<String, Entry> byKey = new HashMap<>();
        for (var row : VocabularyFile.rows(RESOURCE, 4)) {
            Kind kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            Entry entry = new Entry(row.get(0), kind, row.get(2), Double.parseDouble(row.get(3)));
            Entry previous = byKey.put(PhraseKey.of(entry.surface()), entry);
            if (previous != null) {
                throw new IllegalStateException(RESOURCE + ": '" + entry.surface() + "' repeats '"
                        + previous.surface() + "'");
            }
        }
        return new UnitVocabulary(byKey);
    }

    /** The unit written as {@code text} (any spacing or minus variant), if known. */
    public Optional<Entry> lookup(String text) {
        return Optional.ofNullable(byKey.get(PhraseKey.of(text)));
    }

    /** Lookup by an already computed {@link PhraseKey}. */
    Optional<Entry> lookupKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Whether some listed unit's key starts with {@code key} (a longer phrase may still match). */
    boolean startsAKey(String key) {
        return keyPrefixes.contains(key);
    }
}
