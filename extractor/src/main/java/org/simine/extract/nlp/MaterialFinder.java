package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.MaterialMention.Kind;
import org.simine.extract.nlp.MaterialWords.Role;

/**
 * Finds silicon materials named in a sentence and binds a value to one of them.
 *
 * <p>The tokenizer splits sample names ({@code Si@C} → {@code Si}, {@code @C}; {@code P0.125Si} → three
 * tokens), so names are rebuilt from tokens written without a space between them
 * ({@link CoreLabel#after()} empty). A name is a material when it contains {@code Si} and has the shape of a
 * formula or sample label ({@code YS-Si/C}, {@code SiMn05%}, {@code SiNPs@titanocene-70}); bare "Si", words
 * like "Si-based" and lithium silicide phases ({@code Li15Si4}) are not. "X-doped Si" phrases count as one
 * material whose dopant is X when X is an element symbol. Materials named in words come from
 * {@code vocab/material-words.tsv}: Si or silicon with a morphology noun ("Si nanowires", "hollow Si
 * nanotube", "silicon/graphite composite") or after a modifier ("porous Si"). An abbreviation in parentheses
 * right after a material ("Si nanoparticles (SiNPs)") names it, and is a material wherever the document uses
 * it later (the caller keeps the document's abbreviations).
 */
final class MaterialFinder {
    private static final Pattern SAMPLE_SHAPE = Pattern.compile("[\\p{L}\\d@/.%()+-]*Si[\\p{L}\\d@/.%()+-]*");
    /** The element symbol Si: never followed by a lower-case letter, which would make a word ("Similarly", "Since"). */
    private static final Pattern SILICON_SYMBOL = Pattern.compile("Si(?!\\p{Ll})");
    private static final Pattern NOT_A_SAMPLE = Pattern.compile(
            "Si|Li[\\dx.]*Si[\\dx.]*|.*-(?:based|like|containing|rich|free|type|related|dominated|ion)");
    private static final Pattern DOPED = Pattern.compile("(\\p{Lu}\\p{Ll}?(?:,\\p{Lu}\\p{Ll}?)*)-(?:co-?)?doped");
    /** The silicon word of a name in words: "Si", "silicon", "silicon/graphite". */
    private static final Pattern SILICON_WORD = Pattern.compile("Si|[Ss]ilicon(?:[/-]\\p{L}+)?");
    /** An abbreviation defined in parentheses: "SiNPs", "SGC", "Mo-PNSi" (a capital letter, no spaces). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?=.*\\p{Lu})[\\p{L}\\d@/.+-]{2,16}");
    /** A sample label before a head noun: "the MACS anode", "the CSMC600 anode" (a capital letter, no spaces). */
    private static final Pattern LABEL = Pattern.compile("(?=.*\\p{Lu})[\\p{L}\\d@/.%+-]{2,20}");
    /** A content after a sample label: "C@SGG 20% electrode". */
    private static final Pattern CONTENT = Pattern.compile("\\d+(?:\\.\\d+)?\\s?(?:wt|at)?\\.?%");
    /** Script markup of PDF text ({@code P_0.125Si}, {@code Li_15Si_4}): names are compared and reported without it. */
    private static final Pattern SCRIPT_MARKUP = Pattern.compile("[_^{}]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[(\\[\"“]+|[,.;:)\\]\"”]+$");

    private static final int MAX_WORDS_BEFORE_DOPED_NAME = 3;
    private static final int MAX_MODIFIERS = 2;
    private static final int MAX_POSTMODIFIER_WORDS = 3;
    /** How many words before a material a contrast word may stand: "than the other two compared PxSi". */
    private static final int CONTRAST_WINDOW = 3;

    private final ElementSymbols elements;
    private final MaterialWords words;

    MaterialFinder(ElementSymbols elements, MaterialWords words) {
        this.elements = elements;
        this.words = words;
    }

    MaterialFinder(ElementSymbols elements) {
        this(elements, MaterialWords.load());
    }

    /** All material mentions in a sentence, in text order, with no abbreviations known beforehand. */
    List<MaterialMention> find(List<CoreLabel> tokens) {
        return find(tokens, new HashSet<>());
    }

    /**
     * All material mentions in a sentence, in text order; a doped phrase replaces the name inside it.
     *
     * @param abbreviations the document's abbreviations defined so far; those this sentence defines are added
     */
    List<MaterialMention> find(List<CoreLabel> tokens, Set<String> abbreviations) {
        List<Chunk> chunks = chunks(tokens);
        List<MaterialMention> mentions = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            int last = lastChunkOfPhrase(chunks, i);
            Kind kind = last >= 0 && !chunk.text.contains("-doped") ? Kind.WORDS : Kind.LABEL;
            if (last < 0 && (isSample(chunk.text) || abbreviations.contains(chunk.text))) {
                last = i;
            }
            if (last < 0) {
                last = labelBeforeHead(chunks, i);
            }
            if (last < 0 && chunk.text.equals("Si") && before(chunks, i + 1, Role.HEAD)) {
                int end = postmodifierEnd(chunks, i + 1);
                String name = end > i + 1 ? join(chunks, i, end) : "Si";
                mentions.add(new MaterialMention(name, chunk.begin, chunks.get(end).end, List.of(), Kind.PLAIN_SI,
                        contrasted(chunks, i), after(chunks, i, Role.CLAUSE)));
                i = end;
                continue;
            }
            if (last < 0) {
                continue;
            }
            if (kind == Kind.WORDS) {
                last = coatingEnd(chunks, last);
            }
            String name = join(chunks, i, last);
            int end = chunks.get(last).end;
            if (last + 1 < chunks.size() && chunks.get(last + 1).parenthesised
                    && ABBREVIATION.matcher(chunks.get(last + 1).text).matches()) {
                name = chunks.get(last + 1).text;
                abbreviations.add(name);
                end = chunks.get(++last).end;
                kind = Kind.LABEL;
            }
            mentions.add(new MaterialMention(name, chunk.begin, end, dopants(chunk.text), kind, contrasted(chunks, i),
                    after(chunks, i, Role.CLAUSE)));
            i = last;
        }
        return mentions;
    }

    /**
     * The mention nearest before {@code begin}, else the nearest after it: in "the YS-Si/C anode delivers 67%
     * capacity retention …" the subject comes first, and later names are more often comparisons
     * ("… than other PxSi anodes"). Only {@link MaterialMention#bindable() bindable} mentions are bound, and
     * sample labels before names in words: in "a C(x)Si anode made by embedding nano Si particles" the values
     * are the sample's.
     */
    static Optional<MaterialMention> bind(List<MaterialMention> mentions, int begin) {
        List<MaterialMention> candidates = mentions.stream()
                .filter(m -> m.bindable() && m.kind() != Kind.PLAIN_SI).toList();
        if (candidates.stream().anyMatch(m -> m.kind() == Kind.LABEL)) {
            candidates = candidates.stream().filter(m -> m.kind() == Kind.LABEL).toList();
        }
        Optional<MaterialMention> before = nearestBefore(candidates, begin);
        if (before.isPresent()) {
            return before;
        }
        Optional<MaterialMention> after = candidates.stream().filter(m -> m.end() > begin && !m.inNewClause())
                .min(Comparator.comparingInt(MaterialMention::begin));
        // Plain Si only as the subject before the value ("the Si anodes based on LiFSI obtain … 70%"); after
        // it, "… improves the kinetics of Si anodes" is the review's general topic, not the value's material.
        return after.or(() -> nearestBefore(mentions.stream()
                .filter(m -> m.bindable() && m.kind() == Kind.PLAIN_SI).toList(), begin));
    }

    private static Optional<MaterialMention> nearestBefore(List<MaterialMention> candidates, int begin) {
        return candidates.stream().filter(m -> m.end() <= begin).max(Comparator.comparingInt(MaterialMention::end));
    }

    /**
     * The mention a rule's {@code material} slot names ("for P0.125Si and Si@C" → each name's text), else the
     * label the slot holds (see {@link #labelNamed}); "the pristine electrode" names none, and then no other
     * material is taken.
     */
    Optional<MaterialMention> named(List<MaterialMention> mentions, String slotText, int begin, int end) {
        String plain = SCRIPT_MARKUP.matcher(slotText).replaceAll("");
        // A whole name of the slot: "rGO-SWNT-STN" does not name the sample STN.
        return mentions.stream().filter(m -> m.kind() != Kind.PLAIN_SI && holdsName(plain, m.text())).findFirst()
                .or(() -> labelNamed(plain, begin, end));
    }

    private static boolean holdsName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !NAME_CHAR.test(text.charAt(at - 1))) && (end == text.length() || !NAME_CHAR.test(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.function.IntPredicate NAME_CHAR = c -> Character.isLetterOrDigit(c) || c == '-' || c == '@';

    /**
     * A name the rule placed that is no silicon material ("for LiF and … for Li2O", "than that of CMC (56%)"):
     * the words without determiners and trailing head nouns, when they hold a capital letter ("the pristine
     * electrode" names nothing).
     */
    private Optional<MaterialMention> labelNamed(String plain, int begin, int end) {
        List<String> kept = new ArrayList<>(Arrays.asList(plain.strip().split("\\s+")));
        kept.removeIf(w -> words.is(w, Role.DETERMINER));
        while (!kept.isEmpty() && words.is(kept.get(kept.size() - 1), Role.HEAD)) {
            kept.remove(kept.size() - 1);
        }
        String name = String.join(" ", kept);
        return LABEL.matcher(name.replace(" ", "")).matches() && !name.isEmpty()
                ? Optional.of(new MaterialMention(name, begin, end, List.of(), Kind.LABEL, false, false))
                : Optional.empty();
    }

    /**
     * The sentence's subject for the sentences after it: its first mention that is not a comparison (a sample
     * label before a name in words), plain Si included: "the Si electrode …" ends the earlier subject.
     */
    static Optional<MaterialMention> subject(List<MaterialMention> mentions) {
        List<MaterialMention> open = mentions.stream().filter(m -> !m.contrasted()).toList();
        return open.stream().filter(m -> m.kind() == Kind.LABEL).findFirst().or(() -> open.stream().findFirst());
    }

    /** "porous Si with dense carbon layers", "hollow Si nanotube with carbon coatings": the coating is named too. */
    private int coatingEnd(List<Chunk> chunks, int last) {
        if (chunks.get(last).closes || !before(chunks, last + 1, Role.LINK)) {
            return last;
        }
        for (int k = last + 2; k < chunks.size() && k <= last + 1 + MAX_POSTMODIFIER_WORDS; k++) {
            if (words.is(chunks.get(k).text, Role.COATING)) {
                return k;
            }
            if (chunks.get(k).closes) {
                break;
            }
        }
        return last;
    }

    /**
     * The last chunk of what follows "Si anodes": "based on LiFSI", "in mixed-THF electrolytes" (a link word,
     * then words up to a verb, a punctuation mark or {@value #MAX_POSTMODIFIER_WORDS} words), else the head.
     */
    private int postmodifierEnd(List<Chunk> chunks, int head) {
        if (chunks.get(head).closes || !before(chunks, head + 1, Role.LINK)) {
            return head;
        }
        int end = head;
        for (int k = head + 2; k < chunks.size() && k <= head + 1 + MAX_POSTMODIFIER_WORDS; k++) {
            if (words.is(chunks.get(k).text, Role.VERB) || words.is(chunks.get(k).text, Role.DETERMINER)) {
                break;
            }
            end = k;
            if (chunks.get(k).closes) {
                break;
            }
        }
        return end;
    }

    /**
     * The last chunk of a label before a head noun: "MACS" in "the MACS anode", "C@SGG 20%" in "the C@SGG 20%
     * electrode" (a sample and its content); a capitalised label after a determiner, not an element or plain Si,
     * or a non-silicon electrode in words ("the graphite electrode": its values are not an earlier sample's).
     */
    private int labelBeforeHead(List<Chunk> chunks, int i) {
        String text = chunks.get(i).text;
        boolean named = LABEL.matcher(text).matches() || words.is(text, Role.ELECTRODE_MATERIAL);
        if (!named || elements.contains(text) || text.equals("Si")
                || chunks.get(i).parenthesised || i == 0 || !words.is(chunks.get(i - 1).text, Role.DETERMINER)) {
            return -1;
        }
        if (before(chunks, i + 1, Role.HEAD)) {
            return i;
        }
        boolean content = i + 1 < chunks.size() && CONTENT.matcher(chunks.get(i + 1).text).matches();
        return content && before(chunks, i + 2, Role.HEAD) ? i + 1 : -1;
    }

    private boolean before(List<Chunk> chunks, int k, Role role) {
        return k < chunks.size() && words.is(chunks.get(k).text, role);
    }

    private int lastChunkOfPhrase(List<Chunk> chunks, int i) {
        return dopedPhrase(chunks, i).or(() -> wordPhrase(chunks, i)).orElse(-1);
    }

    /** The last chunk of "P-doped Si" or "Mo-doped porous nanostructured Si" starting at chunk i. */
    private Optional<Integer> dopedPhrase(List<Chunk> chunks, int i) {
        Matcher m = DOPED.matcher(chunks.get(i).text);
        if (!m.matches() || !Arrays.stream(m.group(1).split(",")).allMatch(elements::contains)) {
            return Optional.empty();
        }
        for (int j = i + 1; j <= Math.min(i + 1 + MAX_WORDS_BEFORE_DOPED_NAME, chunks.size() - 1); j++) {
            String text = chunks.get(j).text;
            if (text.contains("Si") && SAMPLE_SHAPE.matcher(text).matches()) {
                return Optional.of(j);
            }
            if (!text.chars().allMatch(Character::isLowerCase)) {
                break;
            }
        }
        return Optional.empty();
    }

    private List<String> dopants(String firstChunk) {
        Matcher m = DOPED.matcher(firstChunk);
        return m.matches() ? Arrays.asList(m.group(1).split(",")) : List.of();
    }

    /**
     * The last chunk of a name in words starting at chunk i: modifiers, the silicon word, modifiers, a
     * morphology noun ("hollow Si nanotube", "Si hollow nanotubes"), or modifiers and the silicon word
     * ("porous Si"). Bare "Si" is not a material.
     */
    private Optional<Integer> wordPhrase(List<Chunk> chunks, int i) {
        int k = i;
        while (k < chunks.size() && k - i < MAX_MODIFIERS && words.is(chunks.get(k).text, Role.MODIFIER)) {
            k++;
        }
        if (k >= chunks.size() || !SILICON_WORD.matcher(chunks.get(k).text).matches()) {
            return Optional.empty();
        }
        int silicon = k;
        for (int j = silicon + 1; j < chunks.size() && j <= silicon + 1 + MAX_MODIFIERS; j++) {
            if (words.is(chunks.get(j).text, Role.MORPHOLOGY) && !chunks.get(j).parenthesised) {
                return Optional.of(j);
            }
            if (!words.is(chunks.get(j).text, Role.MODIFIER)) {
                break;
            }
        }
        return silicon > i ? Optional.of(silicon) : Optional.empty();
    }

    private boolean contrasted(List<Chunk> chunks, int first) {
        return after(chunks, first, Role.CONTRAST);
    }

    /** Whether a word of this role stands among the {@value #CONTRAST_WINDOW} words before chunk {@code first}. */
    private boolean after(List<Chunk> chunks, int first, Role role) {
        for (int k = first - 1; k >= Math.max(0, first - CONTRAST_WINDOW); k--) {
            if (words.is(chunks.get(k).text, role)) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Chunk> chunks, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(k > from ? " " : "").append(chunks.get(k).text);
        }
        return text.toString();
    }

    private static boolean isSample(String text) {
        return text.length() >= 3 && SAMPLE_SHAPE.matcher(text).matches() && SILICON_SYMBOL.matcher(text).find()
                && !NOT_A_SAMPLE.matcher(text).matches();
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
        boolean parenthesised = text.startsWith("(") && text.substring(to).startsWith(")");
        return new Chunk(SCRIPT_MARKUP.matcher(core).replaceAll(""), begin + from, begin + from + core.length(),
                parenthesised, to < text.length());
    }

    /**
     * @param parenthesised written in parentheses: "(SiNPs)"
     * @param closes        punctuation follows it: "electrolytes," ends a phrase
     */
    private record Chunk(String text, int begin, int end, boolean parenthesised, boolean closes) {
    }
}
