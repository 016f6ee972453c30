package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Property cue phrases from {@code vocab/cues.tsv}: "capacity retention" → {@code retention}, "R_ct" → {@code rct}. */
final class CueVocabulary {
    static final String RESOURCE = "/vocab/cues.tsv";

    private final Map<String, String> exact;
    private final Map<String, String> ignoringCase;
    /** Every prefix of every key (ignore-case keys lower-cased), so a phrase match can stop early. */
    private final Set<String> exactPrefixes;
    private final Set<String> ignoringCasePrefixes;

    private CueVocabulary(Map<String, String> exact, Map<String, String> ignoringCase) {
        this.exact = Map.copyOf(exact);
        this.ignoringCase = Map.copyOf(ignoringCase);
        this.exactPrefixes = PhraseKey.prefixes(exact.keySet());
        this.ignoringCasePrefixes = PhraseKey.prefixes(ignoringCase.keySet());
    }

    static CueVocabulary load() {
        return load(RESOURCE);
    }

    /** A cue vocabulary from another resource of the same format (the statement reader's cues). */
    static CueVocabulary load(String resource) {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> ignoringCase = new HashMap<>();
        for (var row : VocabularyFile.rows(resource, 3)) {
            String key = PhraseKey.of(row.get(0));
            switch (row.get(2)) {
                case "exact" -> exact.put(key, row.get(1));
                case "ignorecase" -> ignoringCase.put(key.toLowerCase(Locale.ROOT), row.get(1));
                default -> throw new IllegalStateException(resource + ": match must be exact or ignorecase, got "
                        + row.get(2));
            }
        }
        return new CueVocabulary(exact, ignoringCase);
    }

    /** The cue id for a phrase key (see {@link PhraseKey}), if the phrase is listed. */
    Optional<String> cueForKey(String key) {
        String cue = exact.get(key);
        return Optional.ofNullable(cue != null ? cue : ignoringCase.get(key.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether some listed cue's key starts with {@code key} (a longer phrase may still match). A capital sigma
     * lower-cases differently at the end of a word, so the prefix test would not be exact: always true then.
     */
    boolean startsAKey(String key) {
        return exactPrefixes.contains(key) || ignoringCasePrefixes.contains(key.toLowerCase(Locale.ROOT))
                || key.indexOf('\u03A3') >= 0;
    }
}
