package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds silicon materials named in a sentence and binds a value to one of them.
 *
 * <p>The tokenizer splits sample names ({@code Si@C} → {@code Si}, {@code @C}; {@code P0.125Si} → three
 * tokens), so names are rebuilt from tokens written without a space between them
 * ({@link CoreLabel#after()} empty). A name is a material when it contains {@code Si} and has the shape of a
 * formula or sample label ({@code YS-Si/C}, {@code SiMn05%}, {@code SiNPs@titanocene-70}); bare "Si", words
 * like "Si-based" and lithium silicide phases ({@code Li15Si4}) are not. "X-doped Si" phrases count as one
 * material whose dopant is X when X is an element symbol.
 */
final class MaterialFinder {
    private static final Pattern SAMPLE_SHAPE = Pattern.compile("[\\p{L}\\d@/.%()+-]*Si[\\p{L}\\d@/.%()+-]*");
    private static final Pattern NOT_A_SAMPLE = Pattern.compile(
            "Si|Li[\\dx.]*Si[\\dx.]*|.*-(?:based|like|containing|rich|free|type|related|dominated|ion)");
    private static final Pattern DOPED = Pattern.compile("(\\p{Lu}\\p{Ll}?(?:,\\p{Lu}\\p{Ll}?)*)-(?:co-?)?doped");
    /** Script markup of PDF text ({@code P_0.125Si}, {@code Li_15Si_4}): names are compared and reported without it. */
    private static final Pattern SCRIPT_MARKUP = Pattern.compile("[_^{}]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[(\\[\"“]+|[,.;:)\\]\"”]+$");

    private static final int MAX_WORDS_BEFORE_DOPED_NAME = 3;

    private final ElementSymbols elements;

    MaterialFinder(ElementSymbols elements) {
        this.elements = elements;
    }

    /** All material mentions in a sentence, in text order; a doped phrase replaces the name inside it. */
    List<MaterialMention> find(List<CoreLabel> tokens) {
        List<Chunk> chunks = chunks(tokens);
        List<MaterialMention> mentions = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            Optional<MaterialMention> doped = dopedPhrase(chunks, i);
            if (doped.isPresent()) {
                mentions.add(doped.get());
                i = indexOfChunkEndingAt(chunks, doped.get().end(), i);
            } else if (isSample(chunk.text)) {
                mentions.add(new MaterialMention(chunk.text, chunk.begin, chunk.end, List.of()));
            }
        }
        return mentions;
    }

    /**
     * The mention nearest before {@code begin}, else the nearest after it: in "the YS-Si/C anode delivers 67%
     * capacity retention …" the subject comes first, and later names are more often comparisons
     * ("… than other PxSi anodes").
     */
    static Optional<MaterialMention> bind(List<MaterialMention> mentions, int begin) {
        Optional<MaterialMention> before = mentions.stream().filter(m -> m.end() <= begin)
                .max(Comparator.comparingInt(MaterialMention::end));
        return before.isPresent() ? before
                : mentions.stream().filter(m -> m.end() > begin).min(Comparator.comparingInt(MaterialMention::begin));
    }

    private Optional<MaterialMention> dopedPhrase(List<Chunk> chunks, int i) {
        Matcher m = DOPED.matcher(chunks.get(i).text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> symbols = Arrays.asList(m.group(1).split(","));
        if (!symbols.stream().allMatch(elements::contains)) {
            return Optional.empty();
        }
        // "P-doped Si", or with descriptive words between: "Mo-doped porous nanostructured Si".
        for (int j = i + 1; j <= Math.min(i + 1 + MAX_WORDS_BEFORE_DOPED_NAME, chunks.size() - 1); j++) {
            String text = chunks.get(j).text;
            if (text.contains("Si") && SAMPLE_SHAPE.matcher(text).matches()) {
                return Optional.of(new MaterialMention(chunks.get(i).text + " " + join(chunks, i + 1, j),
                        chunks.get(i).begin, chunks.get(j).end, symbols));
            }
            if (!text.chars().allMatch(Character::isLowerCase)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String join(List<Chunk> chunks, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(k > from ? " " : "").append(chunks.get(k).text);
        }
        return text.toString();
    }

    private static int indexOfChunkEndingAt(List<Chunk> chunks, int end, int from) {
        int k = from;
        while (k + 1 < chunks.size() && chunks.get(k).end < end) {
            k++;
        }
        return k;
    }

    private static boolean isSample(String text) {
        return text.length() >= 3 && SAMPLE_SHAPE.matcher(text).matches() && !NOT_A_SAMPLE.matcher(text).matches();
    }

    /** Tokens written without spaces between them, as one string with its page offsets, edge punctuation cut. */
    private static List<Chunk> chunks(List<CoreLabel> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            StringBuilder text = new StringBuilder(tokens.get(i).originalText());
            while (j + 1 < tokens.size() && tokens.get(j).after().isEmpty()) {
                j++;
                text.append(tokens.get(j).originalText());
            }
            Chunk chunk = trimmed(text.toString(), tokens.get(i).beginPosition());
            // Chunk text has script markup removed; its offsets still span the marked-up page text.
            if (!chunk.text.isEmpty()) {
                chunks.add(chunk);
            }
            i = j + 1;
        }
        return chunks;
    }

    private static Chunk trimmed(String text, int begin) {
        Matcher edges = EDGE_PUNCTUATION.matcher(text);
        int from = 0;
        int to = text.length();
        while (edges.find()) {
            if (edges.start() == 0) {
                from = edges.end();
            } else {
                to = Math.max(from, edges.start());
            }
        }
        String core = text.substring(from, to);
        return new Chunk(SCRIPT_MARKUP.matcher(core).replaceAll(""), begin + from, begin + from + core.length());
    }

    private record Chunk(String text, int begin, int end) {
    }
}
