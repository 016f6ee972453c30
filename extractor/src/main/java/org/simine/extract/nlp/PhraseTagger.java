package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Marks the tokens that spell a listed unit or cue phrase, so the rules can say {@code [{unit:"A/g"}]} or
 * {@code [{cue:"rct"}]} instead of spelling every variant. Matching is longest-first over up to
 * {@value #MAX_TOKENS} tokens, on {@link PhraseKey}s of the tokens' original text: the tokenizer's way of
 * splitting {@code A g−1} or {@code DLi+} therefore does not matter.
 */
final class PhraseTagger {
    static final int MAX_TOKENS = 8;

    private final UnitVocabulary units;
    private final CueVocabulary cues;

    PhraseTagger(UnitVocabulary units, CueVocabulary cues) {
        this.units = units;
        this.cues = cues;
    }

    void tag(List<CoreLabel> tokens) {
        // Each token's key once per sentence: tagLongest looks at every token up to 2 × MAX_TOKENS times.
        List<String> keys = tokens.stream().map(t -> PhraseKey.of(t.originalText())).toList();
        tagLongest(tokens, keys, units::lookupKey, units::startsAKey, (span, unit) -> span.forEach(t -> {
            t.set(TokenAnnotations.UnitAnnotation.class, unit.canonical());
            t.set(TokenAnnotations.UnitKindAnnotation.class, unit.kind().name().toLowerCase(Locale.ROOT));
        }));
        tagLongest(tokens, keys, cues::cueForKey, cues::startsAKey,
                (span, cue) -> span.forEach(t -> t.set(TokenAnnotations.CueAnnotation.class, cue)));
    }

    /**
     * The cue of each token by another cue vocabulary, without annotating the tokens (the statement reader's cues
     * must not change what the tuple rules see).
     */
    static String[] cueIds(List<CoreLabel> tokens, CueVocabulary vocabulary) {
        String[] ids = new String[tokens.size()];
        java.util.IdentityHashMap<CoreLabel, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i), i);
        }
        List<String> keys = tokens.stream().map(t -> PhraseKey.of(t.originalText())).toList();
        tagLongest(tokens, keys, vocabulary::cueForKey, vocabulary::startsAKey,
                (span, cue) -> span.forEach(t -> ids[index.get(t)] = cue));
        return ids;
    }

    /**
     * @param startsAKey whether a listed phrase starts with a key: once none does, no longer span can match,
     *                   so the span stops growing (most tokens start no phrase at all)
     */
    private static <V> void tagLongest(List<CoreLabel> tokens, List<String> keys, Function<String, Optional<V>> lookup,
                                       Predicate<String> startsAKey, BiConsumer<List<CoreLabel>, V> mark) {
        int i = 0;
        while (i < tokens.size()) {
            int bestLength = 0;
            V best = null;
            StringBuilder key = new StringBuilder();
            for (int length = 1; length <= MAX_TOKENS && i + length <= tokens.size(); length++) {
                key.append(keys.get(i + length - 1));
                String candidate = key.toString();
                if (!candidate.isEmpty() && !startsAKey.test(candidate)) {
                    break;
                }
                Optional<V> found = lookup.apply(candidate);
                if (found.isPresent()) {
                    bestLength = length;
                    best = found.get();
                }
            }
            if (bestLength > 0) {
                mark.accept(tokens.subList(i, i + bestLength), best);
                i += bestLength;
            } else {
                i++;
            }
        }
    }
}
