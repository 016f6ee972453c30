package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.simine.extract.nlp.MeasureScanner.CycleMention;
import org.simine.extract.nlp.MeasureScanner.Measure;
import org.simine.extract.nlp.MeasureScanner.RateMention;
import org.simine.extract.nlp.StatementWords.Role;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.Unit;

/**
 * Reads property values from one sentence by the way papers write them, not by whole-sentence templates: every
 * number with a value unit is a candidate; its unit and the nearest property cue ({@code vocab/statement-cues.tsv})
 * decide the property; the rate, cycle count, sample, comparison value and dopant are then linked to it by
 * position: same clause, nearest first, "respectively" lists paired in order, a value in parentheses after a
 * sample is that sample's, a value after "than"/"compared with"/"vs." is the reference of the value before it.
 *
 * <p>Each reading names the linking step that produced it ({@code rule}, e.g.
 * {@code statement.charge_transfer_resistance.reference}), so provenance says how a value was read.
 */
final class StatementReader {
    /** Cue ids (see statement-cues.tsv) a number of each unit listens to, nearest first. */
    private static final Set<String> OHM_CUES = Set.of("rct", "rct_shape", "not_rct");
    private static final Set<String> PERCENT_CUES = Set.of("ice", "not_ice", "retention", "retain", "loss",
            "not_retention", "dopant", "not_dopant");
    private static final Set<String> DOPANT_CUES = Set.of("dopant", "not_dopant");
    private static final Set<String> CAPACITY_CUES = Set.of("capacity", "not_capacity");
    private static final Set<String> CONDUCTIVITY_CUES = Set.of("econd", "icond");
    private static final Set<String> BARRIER_CUES = Set.of("barrier", "not_barrier");
    /** Cues that say what a number is not, firmly enough to drop another rule's reading of it too. */
    private static final Set<String> VETOING_CUES = Set.of("not_rct", "not_capacity", "not_ice", "not_barrier");
    /** How far (tokens) a cue may stand from its number. */
    private static final int CUE_WINDOW = 18;
    // Compiled once: String.matches compiles its pattern on every call, and these run per token.
    private static final Set<String> OPENING_PARENTHESIS = Set.of("(", "-LRB-");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[,;.:)]|-RRB-");
    private static final Pattern SHAPE_NOUN = Pattern.compile("array|arrays|alloy|spheres|hollow");
    private static final Pattern TEST_VERB = Pattern.compile("(?i)\\b(?:tested|cycled|evaluated|measured|run|compared)\\b");
    private static final Pattern AFTER_CYCLING = Pattern.compile("(?i)\\b(?:after|cycled)\\b");
    private static final Pattern FAILURE_WORD = Pattern.compile("(?i)\\b(?:fails?|failed|activated)\\b");
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.;]");
    private static final Pattern POINTING_ADJECTIVE = Pattern.compile("(?i)as-prepared|resulting|optimized|coating|layer");
    private static final Pattern DOPED_WITH = Pattern.compile(
            "\\b(\\p{L}+)-doped\\b|\\bdoped with\\s(?:\\S+\\s\\S+\\s)?(\\p{Lu}\\p{Ll}?)\\b");
    private static final Pattern OPEN_PARENTHESIS_END = Pattern.compile("\\(\\s?(?:[\\p{L}_]+\\s?[=:]\\s?)?(?:~|≈)?\\s?$");
    /** "from 0.1 to" / "0.1 to" before a rate: the rate is the upper end of a range of rates. */
    private static final Pattern RATE_RANGE_END = Pattern.compile("(?i)\\d\\s*(?:to|-|–)\\s*$");
    private static final Pattern CHANGED_BY = Pattern.compile(
            "(?i)\\b(?:increas|decreas|reduc|improv|enhanc|dropp|rais|lower|boost|declin)\\w*\\s+by\\s+(?:about\\s+|nearly\\s+|~\\s?)?$");
    /**
     * Longer "sentences" are failed sentence splits (tables flattened into text, hostile files): linking a value to
     * its nearest cue or sample means nothing across them, and the linking steps grow with the square of the
     * values, so they are left to the rules. The longest statement of the review or the dev set is under 700.
     */
    static final int MAX_STATEMENT_CHARS = 2_000;
    /** "% of its capacity", "% of the low-rate capacity", "% of its 0.1 A g-1 capacity": a retention. */
    private static final Pattern SHARE_OF_CAPACITY = Pattern.compile(
            "^\\s?(?:of\\s(?:its|the|their)\\s(?:[^\\s,;]+\\s){0,5}?(?:capacity|capacities|value)\\b"
                    + "|(?:capacity\\s)?retention\\b)");
    /** A reference rate: "its 0.1 A g-1 capacity", "the capacity obtained at 0.2 C", "(1 C = 4.2 A g-1)". */
    private static final Pattern REFERENCE_RATE_BEFORE = Pattern.compile(
            "(?i)(?:\\bof\\s(?:its|the|their)|\\bits|=|\\bvs\\.?|\\bversus|\\bfrom|capacity\\s(?:obtained|measured|delivered|achieved)?\\s?at"
                    + "|\\brespect\\sto\\sthe\\s\\S+\\scycle\\sat|\\brelative\\sto|\\band)\\s?(?:the\\s)?$");
    private static final Pattern REFERENCE_RATE_AFTER = Pattern.compile("^\\s?(?:capacity|capacities)\\b");
    private static final Pattern CYCLE_AFTER = Pattern.compile("(?i)(?:after|following|upon)\\s(?:the\\s)?$");
    private static final Pattern ELEMENT_AFTER = Pattern.compile("^\\s?(\\p{Lu}\\p{Ll}?)(?:(?![\\p{L}\\d@/-])|-(?:co-)?doped)");
    private static final Pattern DOPED_NAME_BEFORE = Pattern.compile(
            "\\p{Lu}\\p{Ll}?-(?:co-)?doped(?:\\s+[^\\s()]+){1,3}\\s?\\(\\s?$");
    private static final Pattern ELEMENT_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}?)\\s?:?\\s?$");
    private static final Pattern ELEMENT_WORD = Pattern.compile("\\b(\\p{L}+)\\s(?:content|concentration|dopant|doping)\\b"
            + "|\\b(?:content|concentration|doping level|level)\\sof\\s(\\p{L}+)\\b|\\b(\\p{Lu}\\p{Ll}?)-doped\\b|\\bdoped\\swith\\s\\S+\\s\\S+\\s(\\p{Lu}\\p{Ll}?)\\b");
    private static final Pattern FOR_MATERIAL = Pattern.compile(
            "(?i)^\\s?\\)?\\s?(?:,\\s)?(?:(?:is|was|were|are|has been|have been)\\s)?(?:(?:obtained|achieved|measured|found|recorded|reached|observed|calculated|determined|fitted)\\s)?"
                    + "(?:for|of|in|by)\\s(?:the\\s)?$");

    private final MeasureScanner scanner;
    private final CueVocabulary cues;
    private final StatementWords words;
    private final ElementSymbols elements;
    private final MaterialWords materialWords;
    /** Head nouns a sample name leaves out ("the Si/G-20 anode" is Si/G-20), though some are morphology words. */
    private static final SampleHeads HEADS = SampleHeads.load();
    private static final Pattern SCRIPT = Pattern.compile("[_^{}]");
    /** A label of a numbered series: letters (and @/.), a hyphen, a number ("SGC-3", "SC-800", "Si@C-2"). */
    private static final Pattern SERIES_LABEL = Pattern.compile("([\\p{L}@/.]*\\p{Lu}[\\p{L}@/.]*-)\\d+(?:\\.\\d+)?");
    /** A sample label's shape: capitals with a joiner or digit ("rGO-SWNT-STN", "SC-800", "NSG2"), no unit or year. */
    private static final Pattern HEADED_LABEL = Pattern.compile("(?=.*[A-Z].*[A-Z])(?=.*[-@/0-9])[A-Za-z0-9@/().-]{3,}");
    private static final Pattern TREATED = Pattern.compile("\\S+-(?:coated|modified|wrapped|decorated|encapsulated|substituted)");
    /** Stems of {@link #DEFINITION}'s verbs, for a cheap test before the regex. */
    private static final List<String> DEFINING_VERBS = List.of("denote", "label", "referred to", "named", "designated",
            "termed", "abbreviated");
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:denoted|denote[sd]?\\s\\S+(?:\\s\\S+){0,6}?|labell?ed|referred to|named|designated|termed|abbreviated)\\s(?:as\\s)?([\\p{L}\\d@/.+%–-]*\\p{Lu}[\\p{L}\\d@/.+%–-]*)");


    StatementReader(UnitVocabulary units, ElementSymbols elements) {
        this.scanner = new MeasureScanner(units);
        this.cues = CueVocabulary.load("/vocab/statement-cues.tsv");
        this.words = StatementWords.load();
        this.elements = elements;
        this.materialWords = MaterialWords.load();
    }

    /**
     * One value read from a sentence.
     *
     * @param material the sample, or null when the sentence and its context name none
     * @param begin    page offsets of the value
     * @param rule     the linking step: {@code statement.<property>.<how>}
     */
    record Reading(Property property, double value, Double valueMax, Unit unit, boolean approx, String comparator,
                   String raw, Rate rate, Integer cycles, Double baseline, MaterialBinding material, Dopant dopant,
                   int begin, int end, String rule) {
    }

    /** What the sentences before this one leave for it: the subject, and the rate a test was run at. */
    static final class Context {
        Rate rate;
        Integer cycles;
        List<MaterialMention> lastNamed = List.of();
        /** A label the previous sentence defined ("denoted as SC-800"): the subject of "the electrode" after it. */
        MaterialMention defined;
        final Map<String, Dopant> dopantsByName = new HashMap<>();
        /** Numbers of the last sentence that are explicitly not a value (a theoretical capacity, an SEI resistance). */
        final List<Double> vetoed = new ArrayList<>();
        /** Dopant amounts read in this sentence by element, for a label it defines. */
        final Map<String, Dopant> amounts = new HashMap<>();
    }

    /** A value candidate with its property, while linking. */
    private static final class Value {
        /** A list member whose rate the sentence leaves unsaid (between the ends of a rate range). */
        /** A capacity left after cycling, given with its retention: a value only with a cycle count. */
        boolean remaining;
        boolean unpaired;
        final Measure measure;
        final int index;
        final BigDecimal number;
        final int begin;
        final int end;
        Property property;
        String cue;
        Rate rate;
        Integer cycles;
        MaterialMention material;
        String how = "sentence";
        Value referenceOf;
        Double baseline;
        Dopant dopant;
        String step = "value";
        boolean complement;

        Value(Measure measure, int index) {
            this.measure = measure;
            this.index = index;
            this.number = measure.values().get(index);
            int[] span = measure.spans().get(Math.min(index, measure.spans().size() - 1));
            this.begin = measure.isList() ? span[0] : measure.begin();
            this.end = measure.isList() ? span[1] : measure.end();
        }
    }

    /** The sentence's tokens with the positions the reader needs. */
    private final class Sentence {
        final String text;
        final int offset;
        final List<CoreLabel> tokens;
        /** Statement cue of each token; tagged on first use (most sentences hold no value and need none). */
        private String[] cue;
        /** Clause number and parenthesis depth of each token; computed on first use, like the cues. */
        private int[] clause;
        private boolean[] parenthesised;
        /** Every number with a value unit, read as a value or not: what lies between a value and its condition. */
        List<Measure> numbers = List.of();
        /** Page spans of the sentence's rates and cycle counts: numbers that are conditions, not values. */
        List<int[]> conditions = List.of();

        boolean inCondition(int pageOffset) {
            return conditions.stream().anyMatch(c -> c[0] <= pageOffset && pageOffset < c[1]);
        }

        Sentence(String text, int offset, List<CoreLabel> tokens) {
            this.text = text;
            this.offset = offset;
            this.tokens = tokens;
        }

        int[] clause() {
            if (clause == null) {
                markClauses();
            }
            return clause;
        }

        boolean[] parenthesised() {
            if (parenthesised == null) {
                markClauses();
            }
            return parenthesised;
        }

        /** A new clause at ";" and at contrast words ("whereas"); parentheses tracked by depth. */
        private void markClauses() {
            clause = new int[tokens.size()];
            parenthesised = new boolean[tokens.size()];
            int c = 0;
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).word();
                if (w.equals(";") || words.is(w, Role.CONTRAST)) {
                    c++;
                }
                if (w.equals("(") || w.equals("-LRB-")) {
                    depth++;
                }
                clause[i] = c;
                parenthesised[i] = depth > 0;
                if ((w.equals(")") || w.equals("-RRB-")) && depth > 0) {
                    depth--;
                }
            }
        }

        String[] cue() {
            if (cue == null) {
                cue = PhraseTagger.cueIds(tokens, cues);
            }
            return cue;
        }

        /** Index of the token at a page offset. */
        int tokenAt(int pageOffset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).endPosition() > pageOffset) {
                    return i;
                }
            }
            return tokens.size() - 1;
        }

        String before(int pageOffset, int chars) {
            int at = pageOffset - offset;
            return text.substring(Math.max(0, at - chars), Math.max(0, Math.min(text.length(), at)));
        }

        String after(int pageOffset, int chars) {
            int at = Math.max(0, pageOffset - offset);
            return text.substring(Math.min(text.length(), at), Math.min(text.length(), at + chars));
        }

        boolean has(Role role, int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(tokens.size(), to); i++) {
                if (words.is(tokens.get(i).word(), role)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The values of one sentence.
     *
     * @param mentions  the sentence's materials (MaterialFinder), page offsets
     * @param fallback  the subject of earlier sentences, for a value whose sentence names no sample
     */
    List<Reading> read(String text, int offset, List<CoreLabel> tokens, List<MaterialMention> mentions,
                       Optional<MaterialBinding> fallback, Context context) {
        context.vetoed.clear();
        if (text.length() > MAX_STATEMENT_CHARS) {
            context.rate = null;
            context.cycles = null;
            return List.of();
        }
        List<Measure> measures = scanner.measures(text, offset);
        if (measures.stream().noneMatch(m -> m.kind() == UnitVocabulary.Kind.VALUE)) {
            rememberConditions(text, offset, measures, context);
            Sentence s = new Sentence(text, offset, tokens);
            remember(s, samples(s, mentions, seriesOf(context)), context);
            return List.of();
        }
        Sentence s = new Sentence(text, offset, tokens);
        mentions = samples(s, mentions, seriesOf(context));
        List<RateMention> rates = scanner.rates(text, offset, measures);
        List<CycleMention> cycles = scanner.cycles(text, offset);
        s.conditions = Stream.concat(rates.stream().map(r -> new int[] {r.begin(), r.end()}),
                cycles.stream().map(c -> new int[] {c.begin(), c.end()})).toList();
        List<MaterialMention> names = mentions;
        s.numbers = measures.stream().filter(m -> m.kind() == UnitVocabulary.Kind.VALUE && !insideRate(m, rates)
                && !insideName(m, names)).toList();
        List<Value> values = new ArrayList<>();
        for (Measure m : measures) {
            if (m.kind() != UnitVocabulary.Kind.VALUE || insideRate(m, rates) || insideName(m, mentions)
                    || percentInName(s, m)) {
                continue;
            }
            for (int i = 0; i < m.values().size(); i++) {
                Value v = new Value(m, i);
                v.property = property(s, v, cycles);
                if (v.property != null) {
                    values.add(v);
                } else if (v.cue != null && VETOING_CUES.contains(v.cue)) {
                    context.vetoed.add(v.number.multiply(BigDecimal.valueOf(m.unit().multiplier())).doubleValue());
                }
            }
        }
        // Values of someone else's earlier work or of a non-silicon electrode are not this paper's samples'.
        // A rule's reading of a foreign electrode's number is vetoed too ("the NCM811 cathode alone delivers …"),
        // unless the sentence names a sample ("the full cell with LCO as a cathode and the C@SGG 10% anode …").
        for (Value v : values) {
            if (clauseHas(s, v, Role.FOREIGN) && mentions.isEmpty()) {
                context.vetoed.add(v.number.multiply(BigDecimal.valueOf(v.measure.unit().multiplier())).doubleValue());
            }
        }
        values.removeIf(v -> clauseHas(s, v, Role.PRIOR) || clauseHas(s, v, Role.FOREIGN));
        if (values.isEmpty()) {
            remember(s, mentions, context);
            return List.of();
        }
        linkReferences(s, values, mentions);
        linkConditions(s, values, rates, cycles, context);
        linkMaterials(s, values, mentions, fallback, context);
        linkDopants(s, values, mentions, context);
        List<Reading> readings = new ArrayList<>();
        for (Value v : values) {
            toReading(v, fallback).ifPresent(readings::add);
        }
        remember(s, mentions, context);
        return readings;
    }

    private boolean clauseHas(Sentence s, Value v, Role role) {
        int at = s.tokenAt(v.begin);
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause()[i] == s.clause()[at] && words.is(s.tokens.get(i).word(), role)) {
                return true;
            }
        }
        return false;
    }

    /** The samples this sentence names, for "the former/the latter", and the labels it defines ("denoted X"). */
    private void remember(Sentence s, List<MaterialMention> mentions, Context context) {
        List<MaterialMention> named = mentions.stream().filter(m -> m.kind() != MaterialMention.Kind.PLAIN_SI).toList();
        if (!named.isEmpty()) {
            context.lastNamed = named;
        }
        context.defined = null;
        Matcher definition = DEFINITION.matcher(mayDefine(s.text) ? s.text : "");
        while (definition.find()) {
            String label = definition.group(1).replaceAll("[.,;:)]+$", "");
            if (label.length() < 2) {
                continue;
            }
            MaterialMention defined = new MaterialMention(label, definition.start(1) + s.offset,
                    definition.start(1) + s.offset + label.length(), List.of());
            context.defined = defined;
            Optional<String> element = definedDopant(s.text);
            element.ifPresent(e -> context.dopantsByName.putIfAbsent(label, Dopant.of(List.of(e), null, null)));
            context.amounts.forEach((e, d) -> {
                if (element.isEmpty() || element.get().equals(e)) {
                    context.dopantsByName.put(label, d);
                }
            });
        }
        context.amounts.clear();
    }

    /** Whether a sentence holds one of {@link #DEFINITION}'s verbs: most hold none, and the regex is costly. */
    private static boolean mayDefine(String text) {
        for (String verb : DEFINING_VERBS) {
            if (text.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** "boron-doped porous silicon is referred to as B-pSi": the element of a defined sample's doping. */
    private Optional<String> definedDopant(String text) {
        Matcher m = DOPED_WITH.matcher(text);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<String> symbol = elements.contains(w) ? Optional.of(w) : elements.symbolOf(w);
            if (symbol.isPresent()) {
                return symbol;
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence's samples: the material finder's mentions, with the words that tell samples apart added
     * ("bare Si", "undoped SiOx", "PEO-LiTFSI-coated SiNPs", "porous Si@C microspheres", "SiNW array"), and a
     * plain "Si" standing alone (a member of a list, a reference in parentheses).
     */
    /** Samples named in the sentences before, whose series a new label may continue. */
    private static List<MaterialMention> seriesOf(Context context) {
        List<MaterialMention> known = new ArrayList<>(context.lastNamed == null ? List.of() : context.lastNamed);
        if (context.defined != null) {
            known.add(context.defined);
        }
        return known;
    }

    /** The first mention that begins within [begin, end), or null. */
    private static MaterialMention startingIn(List<MaterialMention> mentions, int begin, int end) {
        for (MaterialMention m : mentions) {
            if (m.begin() >= begin && m.begin() < end) {
                return m;
            }
        }
        return null;
    }

    private static boolean inside(List<MaterialMention> mentions, int at) {
        for (MaterialMention m : mentions) {
            if (m.begin() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** "SGC-0" and "SGC-3", "SC-600" and "SC-800": one letter prefix, then a hyphen and a number. */
    private static boolean sameSeries(String a, String b) {
        Matcher x = SERIES_LABEL.matcher(a);
        Matcher y = SERIES_LABEL.matcher(b);
        return x.matches() && y.matches() && x.group(1).equals(y.group(1)) && !a.equals(b);
    }

    private List<MaterialMention> samples(Sentence s, List<MaterialMention> found, List<MaterialMention> series) {
        List<MaterialMention> out = new ArrayList<>();
        List<CoreLabel> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            CoreLabel token = t.get(i);
            int at = token.beginPosition();
            MaterialMention mention = startingIn(found, at, token.endPosition());
            boolean plainSi = mention == null && (token.word().equals("Si") || token.word().equals("SiOx"))
                    && (i == 0 || !t.get(i - 1).after().isEmpty() || OPENING_PARENTHESIS.contains(t.get(i - 1).word()))
                    && (token.after().length() > 0 || i + 1 == t.size() || CLOSING_PUNCTUATION.matcher(t.get(i + 1).word()).matches())
                    && !inside(found, at);
            // The finder's name is the tail of a longer label token ("STN" of "rGO-SWNT-STN"): the token is the name.
            if (mention != null && mention.begin() > at && mention.end() <= token.endPosition()
                    && HEADED_LABEL.matcher(token.word()).matches()) {
                mention = new MaterialMention(token.word(), at, token.endPosition(), mention.dopants(),
                        MaterialMention.Kind.LABEL, mention.contrasted(), mention.inNewClause());
            }
            // A label the finder does not know, named as one by its head noun: "the rGO-SWNT-STN composite electrode".
            if (mention == null && !plainSi && i + 1 < t.size()
                    && HEADS.isHead(t.get(i + 1).word())
                    && HEADED_LABEL.matcher(token.word()).matches()
                    && !inside(found, at)
                    && s.cue()[i] == null) {
                mention = new MaterialMention(token.word(), at, token.endPosition(), List.of(),
                        MaterialMention.Kind.LABEL, false, false);
            }
            // A label introduced as one ("sample SGC-3") or of the same series as a sample before it ("…, whereas
            // SGC-0"; "SC-600" after SC-800): a name of its own although the finder does not know its shape.
            if (mention == null && !plainSi
                    && (i > 0 && HEADS.introducesLabel(t.get(i - 1).word())
                    || token.word().indexOf('-') > 0 && (out.stream().anyMatch(m -> sameSeries(m.text(), token.word()))
                    || series.stream().anyMatch(m -> sameSeries(m.text(), token.word()))))
                    && HEADED_LABEL.matcher(token.word()).matches() && !inside(found, at) && s.cue()[i] == null) {
                mention = new MaterialMention(token.word(), at, token.endPosition(), List.of(),
                        MaterialMention.Kind.LABEL, false, false);
            }
            if (mention == null && !plainSi) {
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < t.size() && t.get(last + 1).endPosition() <= (mention == null ? token.endPosition() : mention.end())) {
                last++;
            }
            boolean reference = false;
            // Words before the name: a reference state, a treatment ("Al2O3-coated"), a modifier ("porous").
            while (first > 0 && (words.is(t.get(first - 1).word(), Role.REFERENCE)
                    || TREATED.matcher(t.get(first - 1).word()).matches()
                    || materialWords.is(t.get(first - 1).word(), MaterialWords.Role.MODIFIER)
                    && !t.get(first - 1).word().equalsIgnoreCase("nano") || t.get(first - 1).word().equals("nano-Si"))) {
                reference |= words.is(t.get(first - 1).word(), Role.REFERENCE);
                first--;
            }
            // Morphology nouns after it ("hollow spheres", "nanoparticles", "array"), not generic heads.
            while (last + 1 < t.size() && (materialWords.is(t.get(last + 1).word(), MaterialWords.Role.MORPHOLOGY)
                    || SHAPE_NOUN.matcher(t.get(last + 1).word()).matches())
                    && !HEADS.isHead(t.get(last + 1).word())
                    && last + 1 - i <= 3) {
                last++;
            }
            int begin = t.get(first).beginPosition();
            int end = Math.max(t.get(last).endPosition(), mention == null ? 0 : mention.end());
            if (first == i && last == i && mention != null) {
                out.add(mention);
            } else {
                String name = SCRIPT.matcher(s.text.substring(begin - s.offset, end - s.offset)).replaceAll("");
                // Words added before make a sample of plain Si ("bare Si"); otherwise the finder's kind stays.
                MaterialMention.Kind kind = first < i
                        ? (mention == null || mention.kind() == MaterialMention.Kind.PLAIN_SI ? MaterialMention.Kind.LABEL
                                : mention.kind())
                        : mention == null ? MaterialMention.Kind.PLAIN_SI : mention.kind();
                List<String> dopants = mention == null ? List.of() : mention.dopants();
                out.add(new MaterialMention(name, begin, end, dopants, kind,
                        mention != null && mention.contrasted() && !reference, mention != null && mention.inNewClause()));
            }
            while (i + 1 < t.size() && t.get(i + 1).endPosition() <= end) {
                i++;
            }
        }
        return out;
    }

    /** A sentence without values may still set the test rate of the next ("… was further tested at 2 A g-1."). */
    private void rememberConditions(String text, int offset, List<Measure> measures, Context context) {
        List<RateMention> rates = scanner.rates(text, offset, measures);
        context.rate = rates.size() == 1 && rates.get(0).rates().size() == 1
                && TEST_VERB.matcher(text).find() ? rates.get(0).rates().get(0) : null;
        List<CycleMention> cycles = scanner.cycles(text, offset);
        context.cycles = cycles.size() == 1 && AFTER_CYCLING.matcher(text).find()
                && !FAILURE_WORD.matcher(text).find() ? cycles.get(0).cycles() : null;
    }

    /** "a 9% increase in reversible capacity", "30% higher", "increased by 9%": a change, not a value. */
    private boolean relativeChange(Sentence s, Value v) {
        int last = s.tokenAt(v.end - 1);
        if (s.has(Role.RELATIVE, last + 1, last + 2) && !v.measure.isList()) {
            return true;
        }
        return CHANGED_BY.matcher(s.before(v.begin, 40)).find();
    }

    /** Whether a sample name spans the number ("the C@SGG 10% electrode", "Si/C-3"): part of the name. */
    private static boolean insideName(Measure m, List<MaterialMention> mentions) {
        return mentions.stream().anyMatch(n -> n.begin() <= m.begin() && m.end() <= n.end());
    }

    /** "the C@SGG 10% electrodes": a percentage between a label and its head noun names the sample. */
    private static boolean percentInName(Sentence s, Measure m) {
        if (!m.unit().canonical().equals("%") || m.isList()) {
            return false;
        }
        int first = s.tokenAt(m.begin());
        int last = s.tokenAt(m.end() - 1);
        return first > 0 && last + 1 < s.tokens.size()
                && HEADED_LABEL.matcher(s.tokens.get(first - 1).word()).matches()
                && HEADS.isHead(s.tokens.get(last + 1).word());
    }

    private static boolean insideRate(Measure m, List<RateMention> rates) {
        return rates.stream().anyMatch(r -> r.begin() <= m.begin() && m.end() <= r.end());
    }

    // ---------------------------------------------------------------------------------------------- property

    private Property property(Sentence s, Value v, List<CycleMention> cycles) {
        String unit = v.measure.unit().canonical();
        int at = s.tokenAt(v.begin);
        int last = s.tokenAt(v.end - 1);
        switch (unit) {
            case "Ohm", "Ohm cm^2" -> {
                String cue = nearestCue(s, at, last, OHM_CUES, true);
                v.cue = cue;
                return cue != null && cue.startsWith("rct") ? Property.CHARGE_TRANSFER_RESISTANCE : null;
            }
            case "cm^2/s" -> {
                return Property.LI_DIFFUSION_COEFFICIENT;
            }
            case "mAh/g" -> {
                String cue = nearestCue(s, at, last, CAPACITY_CUES, false);
                v.cue = "not_capacity".equals(cueWithin(s, at, 6)) ? "not_capacity" : cue;
                if ("not_capacity".equals(cue) && s.parenthesised()[at] || "not_capacity".equals(cueWithin(s, at, 6))) {
                    return null;
                }
                return Property.SPECIFIC_CAPACITY;
            }
            case "%" -> {
                if (relativeChange(s, v)) {
                    return null;
                }
                String after = s.after(v.measure.end(), 60);
                if (SHARE_OF_CAPACITY.matcher(after).find() && !clauseHasCue(s, at, "not_retention")) {
                    v.cue = "retain";
                    return Property.CAPACITY_RETENTION;
                }
                String cue = nearestCue(s, at, last, PERCENT_CUES, true);
                v.cue = cue;
                if (cue == null) {
                    return null;
                }
                return switch (cue) {
                    case "ice" -> Property.INITIAL_COULOMBIC_EFFICIENCY;
                    case "retention", "retain" -> Property.CAPACITY_RETENTION;
                    case "loss" -> {
                        v.complement = true;
                        yield Property.CAPACITY_RETENTION;
                    }
                    // A bare percentage is a dopant amount when the cue names whose: "the doping level of N … 3.6%".
                    case "dopant" -> dopantCueNamesElement(s, at) ? Property.DOPANT_CONCENTRATION : null;
                    default -> null;
                };
            }
            case "at%", "wt%", "ppm" -> {
                String cue = nearestCue(s, at, last, DOPANT_CUES, true);
                boolean element = ELEMENT_AFTER.matcher(s.after(v.end, 14)).find()
                        || ELEMENT_BEFORE.matcher(s.before(v.begin, 4)).find();
                // "B-doped Si (1.5 at%)": the amount in parentheses after a doped sample's name.
                boolean ofDopedName = DOPED_NAME_BEFORE.matcher(s.before(v.begin, 60)).find();
                return "dopant".equals(cue) || cue == null && (element || ofDopedName) ? Property.DOPANT_CONCENTRATION
                        : null;
            }
            case "S/cm" -> {
                String cue = nearestCue(s, at, last, CONDUCTIVITY_CUES, true);
                return cue == null ? null : cue.equals("icond") ? Property.IONIC_CONDUCTIVITY : Property.ELECTRONIC_CONDUCTIVITY;
            }
            case "eV" -> {
                String cue = nearestCue(s, at, last, BARRIER_CUES, true);
                v.cue = cue;
                return "barrier".equals(cue) ? Property.LI_MIGRATION_BARRIER : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean dopantCueNamesElement(Sentence s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if ("dopant".equals(s.cue()[i])) {
                return i + 1 < s.tokens.size() && s.tokens.get(i + 1).word().equalsIgnoreCase("of");
            }
        }
        return false;
    }

    private static boolean clauseHasCue(Sentence s, int at, String cue) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause()[i] == s.clause()[at] && cue.equals(s.cue()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The cue of a token among the {@code n} before {@code at}, nearest first. */
    private static String cueWithin(Sentence s, int at, int n) {
        for (int i = at - 1; i >= Math.max(0, at - n); i--) {
            if (s.cue()[i] != null) {
                return s.cue()[i];
            }
        }
        return null;
    }

    /**
     * The nearest cue of the given set: one right after the value ("52% capacity retention", "89% ICE") first, then
     * the nearest before it in its clause, then after it in its clause.
     */
    private static String nearestCue(Sentence s, int at, int last, Set<String> wanted, boolean lookAfter) {
        for (int i = last + 1; wanted == PERCENT_CUES && i < Math.min(s.tokens.size(), last + 3); i++) {
            if (s.cue()[i] != null && wanted.contains(s.cue()[i]) && s.clause()[i] == s.clause()[at]) {
                return s.cue()[i];
            }
        }
        for (int i = at - 1; i >= Math.max(0, at - CUE_WINDOW); i--) {
            if (s.cue()[i] != null && wanted.contains(s.cue()[i])) {
                if (s.clause()[i] == s.clause()[at] || !lookAfter) {
                    return s.cue()[i];
                }
                break;
            }
        }
        if (lookAfter) {
            for (int i = last + 1; i < Math.min(s.tokens.size(), last + CUE_WINDOW); i++) {
                if (s.cue()[i] != null && wanted.contains(s.cue()[i]) && s.clause()[i] == s.clause()[at]) {
                    return s.cue()[i];
                }
            }
            // A cue in an earlier clause of the same sentence ("The SEI resistance … 9 Ω, while its Rct is …"
            // finds its own; "the Rct of X is 24.6 Ω, roughly a third of the former (71.9 Ω)" reuses it).
            for (int i = at - 1; i >= 0; i--) {
                if (s.cue()[i] != null && wanted.contains(s.cue()[i])) {
                    return s.cue()[i];
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- references

    /**
     * Marks the values that are the reference of another value of the same property: in parentheses after a
     * sample following a comparison word ("than that of bare Si (168.5 Ω)", "well above undoped Si (31.2%)"),
     * after "compared with"/"vs."/"than" ("compared with 121.0 Ω for undoped Si", "vs. 203.7 Ω (Si)"), the "from"
     * value of a change between two samples, or the bare/pristine/undoped sample's value across "whereas".
     */
    private void linkReferences(Sentence s, List<Value> values, List<MaterialMention> mentions) {
        for (int k = 1; k < values.size(); k++) {
            Value b = values.get(k);
            if (b.measure.isList()) {
                continue;
            }
            Value a = previousOfProperty(values, k);
            if (a == null || a.referenceOf != null) {
                continue;
            }
            int ia = s.tokenAt(a.end - 1);
            int ib = s.tokenAt(b.begin);
            boolean compared = s.has(Role.COMPARE, ia + 1, ib) || s.text.substring(a.end - s.offset, b.begin - s.offset)
                    .matches("(?is).*\\b(?:times|twice|half|third|quarter|fifth|that of|those of)\\b.*");
            if (compared && !s.has(Role.RESPECTIVELY, 0, s.tokens.size())
                    && !s.text.substring(a.end - s.offset, b.begin - s.offset).contains(">")) {
                b.referenceOf = a;
                b.step = "reference";
                a.step = "compared";
            }
        }
        // "Compared with the commercial Si (ICE: 71.5%), the Si/G@C-1 shows an ICE of 86.2%": the value in parentheses
        // of a fronted comparison is the reference of the same property's first value after it, outside parentheses.
        for (int k = 0; k + 1 < values.size(); k++) {
            Value a = values.get(k);
            int ia = s.tokenAt(a.begin);
            if (a.referenceOf != null || a.measure.isList() || !s.parenthesised()[ia] || !s.has(Role.COMPARE, 0, 3)) {
                continue;
            }
            for (int j = k + 1; j < values.size(); j++) {
                Value b = values.get(j);
                if (b.property == a.property && !b.measure.isList() && b.referenceOf == null
                        && !s.parenthesised()[s.tokenAt(b.begin)]) {
                    a.referenceOf = b;
                    a.step = "reference";
                    b.step = "compared";
                    break;
                }
            }
        }
        // "from 134.8 Ω for undoped Si to 52.9 Ω for B-Si-3", "from 98.4 Ω (Si@CNF-0) to 36.4 Ω", "drops to 0.42 eV
        // from 0.58 eV in pure Si": the "from" value is a named reference sample's.
        for (int k = 0; k + 1 < values.size(); k++) {
            Value first = values.get(k);
            Value second = values.get(k + 1);
            if (first.property != second.property || first.measure.isList() || second.measure.isList()) {
                continue;
            }
            String before1 = s.before(first.begin, 6).toLowerCase(Locale.ROOT);
            String before2 = s.before(second.begin, 6).toLowerCase(Locale.ROOT);
            Value from = before1.matches("(?s).*\\bfrom\\s?$") && before2.matches("(?s).*\\bto\\s?$") ? first
                    : before1.matches("(?s).*\\bto\\s?$") && before2.matches("(?s).*\\bfrom\\s?$") ? second : null;
            if (from == null) {
                continue;
            }
            Value to = from == first ? second : first;
            Optional<MaterialMention> named = materialRightAfter(s, from, mentions);
            if (named.isPresent()) {
                from.referenceOf = to;
                from.material = named.get();
                from.step = "reference";
                to.step = "changed";
            } else if (!sameSampleChange(s, from, to)) {
                // "R_ct decreased from 150.9 to 53.1 Ω": one record, the "from" value as its baseline.
                to.baseline = from.number.multiply(BigDecimal.valueOf(from.measure.unit().multiplier())).doubleValue();
                to.step = "changed";
                from.property = null;
            }
        }
        // Across "whereas"/"while": the value of a bare/pristine/undoped sample is the other's reference.
        for (int k = 0; k + 1 < values.size(); k++) {
            Value a = values.get(k);
            Value b = values.get(k + 1);
            int ia = s.tokenAt(a.begin);
            int ib = s.tokenAt(b.begin);
            if (a.property != b.property || a.referenceOf != null || b.referenceOf != null || s.clause()[ia] == s.clause()[ib]
                    || a.measure.isList() || b.measure.isList()) {
                continue;
            }
            boolean aRef = referenceSampleInClause(s, ia, mentions);
            boolean bRef = referenceSampleInClause(s, ib, mentions);
            if (aRef != bRef) {
                Value ref = aRef ? a : b;
                ref.referenceOf = aRef ? b : a;
                ref.step = "reference";
            }
        }
        values.removeIf(v -> v.property == null);
        for (Value v : values) {
            if (v.referenceOf != null) {
                v.referenceOf.baseline = v.number.multiply(BigDecimal.valueOf(v.measure.unit().multiplier())).doubleValue();
            }
        }
    }

    /** A change of one sample over cycling ("after 100 cycles … grows from 35.2 to 48.9 Ω") or a trend. */
    private static boolean sameSampleChange(Sentence s, Value from, Value to) {
        return s.text.matches("(?is).*\\b(?:cycles?|as\\s(?:the\\s)?\\S+\\s(?:\\S+\\s)?(?:increases|decreases|rises))\\b.*")
                && from.property != Property.INITIAL_COULOMBIC_EFFICIENCY;
    }

    private boolean referenceSampleInClause(Sentence s, int token, List<MaterialMention> mentions) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause()[i] == s.clause()[token] && words.is(s.tokens.get(i).word(), Role.REFERENCE)) {
                return true;
            }
        }
        return false;
    }

    private static Value previousOfProperty(List<Value> values, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (values.get(j).property == values.get(k).property) {
                return values.get(j);
            }
        }
        return null;
    }

    /** "(Si@CNF-0)", "for undoped Si", "in pure Si", "found for the Si64 supercell" right after a value. */
    private Optional<MaterialMention> materialRightAfter(Sentence s, Value v, List<MaterialMention> mentions) {
        return mentions.stream().filter(m -> m.begin() >= v.end && m.begin() - v.end <= 40).min(Comparator.comparingInt(MaterialMention::begin))
                .filter(m -> {
                    String gap = s.text.substring(v.end - s.offset, m.begin() - s.offset);
                    return gap.matches("\\s?\\(\\s?") || FOR_MATERIAL.matcher(gap).find();
                });
    }

    // ---------------------------------------------------------------------------------------------- conditions

    private void linkConditions(Sentence s, List<Value> values, List<RateMention> rates, List<CycleMention> cycles,
                                Context context) {
        boolean frontedRate = rates.stream().anyMatch(r -> fronted(s, s.tokenAt(r.begin())));
        List<RateMention> usable = rates.stream().filter(r -> !referenceRate(s, r)
                && !(frontedRate && !fronted(s, s.tokenAt(r.begin()))
                        && s.before(r.begin(), 30).matches("(?is).*capacit(?:y|ies)\\s(?:\\S+\\s)?at\\s?$"))).toList();
        for (Value v : values) {
            // A reference takes its referent's conditions below, unless it stands in a clause of its own ("bare Si
            // retains 18.7% after 100 cycles at 0.2 A g-1, whereas Si@TiO2 retains 76.5%"): then it has its own.
            if (v.referenceOf != null && !inOwnClause(s, v) || !takesConditions(v.property)) {
                continue;
            }
            v.rate = rateFor(s, v, usable, values);
            v.cycles = cyclesFor(s, v, cycles, values);
            if (v.rate == null && context.rate != null && v.property != Property.CHARGE_TRANSFER_RESISTANCE
                    && v.property != Property.LI_DIFFUSION_COEFFICIENT && v.property != Property.DOPANT_CONCENTRATION) {
                v.rate = context.rate;
            }
            if (v.cycles == null && context.cycles != null && (v.property == Property.CHARGE_TRANSFER_RESISTANCE
                    || v.property == Property.LI_DIFFUSION_COEFFICIENT)) {
                v.cycles = context.cycles;
            }
        }
        values.removeIf(v -> v.unpaired);
        for (Value v : values) {
            if (v.referenceOf != null && v.rate == null && v.cycles == null) {
                v.rate = v.referenceOf.rate;
                v.cycles = v.referenceOf.cycles;
            }
        }
        // A percentage that restates a capacity ("1012 mAh g-1 after 600 cycles, corresponding to 90.3% retention",
        // "945 mAh g-1 (81.2% retention)") holds under the capacity's conditions.
        for (int k = 1; k < values.size(); k++) {
            Value v = values.get(k);
            Value previous = values.get(k - 1);
            if (v.property == Property.CAPACITY_RETENTION && previous.property == Property.SPECIFIC_CAPACITY
                    && v.cycles == null && (v.rate == null || previous.cycles != null)) {
                v.rate = previous.rate != null ? previous.rate : v.rate;
                v.cycles = previous.cycles;
            }
            if (previous.property == Property.CAPACITY_RETENTION && s.parenthesised()[s.tokenAt(previous.begin)]
                    && v.property == Property.SPECIFIC_CAPACITY && previous.rate == null && previous.cycles == null) {
                previous.rate = v.rate;
                previous.cycles = v.cycles;
            }
        }
        // "a retention of only 24% (348 mA h g-1)": the capacity left, under the retention's conditions.
        for (int k = 1; k < values.size(); k++) {
            Value v = values.get(k);
            Value previous = values.get(k - 1);
            if (v.property == Property.SPECIFIC_CAPACITY && s.parenthesised()[s.tokenAt(v.begin)]
                    && previous.property == Property.CAPACITY_RETENTION && !s.parenthesised()[s.tokenAt(previous.begin)]) {
                v.rate = v.rate != null ? v.rate : previous.rate;
                v.cycles = v.cycles != null ? v.cycles : previous.cycles;
                v.remaining = true;
            }
        }
        for (int k = 0; k + 1 < values.size(); k++) {
            Value v = values.get(k);
            Value next = values.get(k + 1);
            if (v.property == Property.SPECIFIC_CAPACITY && next.property == Property.CAPACITY_RETENTION
                    && s.parenthesised()[s.tokenAt(next.begin)] && next.rate == null && next.cycles == null) {
                next.rate = v.rate;
                next.cycles = v.cycles;
            }
        }
        // "A retains 18.7% after 100 cycles at 0.2 A g-1, whereas B retains 76.5%": a value of a contrasting clause
        // with none of its own holds under the conditions of the same property's value in the clause before.
        for (int k = 1; k < values.size(); k++) {
            Value v = values.get(k);
            if (v.rate != null || v.cycles != null || !takesConditions(v.property)) {
                continue;
            }
            int clause = s.clause()[s.tokenAt(v.begin)];
            for (int j = k - 1; j >= 0; j--) {
                Value earlier = values.get(j);
                if (earlier.property == v.property && s.clause()[s.tokenAt(earlier.begin)] == clause - 1
                        && (earlier.rate != null || earlier.cycles != null)) {
                    v.rate = earlier.rate;
                    v.cycles = earlier.cycles;
                    break;
                }
            }
        }
        // Retention with a cycle count is cycling stability; a capacity after N cycles too; "capacity loss" only so.
        for (Value v : values) {
            if (v.property == Property.CAPACITY_RETENTION || v.property == Property.SPECIFIC_CAPACITY) {
                if (v.cycles != null) {
                    v.property = Property.CYCLING_STABILITY;
                } else if (v.complement || v.remaining || v.property == Property.CAPACITY_RETENTION && v.rate == null) {
                    v.property = null;
                }
            }
        }
        values.removeIf(v -> v.property == null);
        // A compared sample without its own conditions shares the other's ("… whereas Si@TiO2 retains 76.5%").
        for (Value v : values) {
            Value other = v.referenceOf;
            if (other != null) {
                if (other.rate == null) {
                    other.rate = v.rate;
                }
                if (other.cycles == null) {
                    other.cycles = v.cycles;
                }
                if (v.rate == null) {
                    v.rate = other.rate;
                }
                if (v.cycles == null) {
                    v.cycles = other.cycles;
                }
                if (other.cycles != null && other.property == Property.CAPACITY_RETENTION) {
                    other.property = Property.CYCLING_STABILITY;
                }
                if (v.cycles != null && v.property == Property.CAPACITY_RETENTION) {
                    v.property = Property.CYCLING_STABILITY;
                }
            }
        }
    }

    /** A reference value in a clause apart from its referent's ("bare Si retains …, whereas …"). */
    private static boolean inOwnClause(Sentence s, Value reference) {
        return s.clause()[s.tokenAt(reference.begin)] != s.clause()[s.tokenAt(reference.referenceOf.begin)];
    }

    private static boolean takesConditions(Property p) {
        return p != Property.DOPANT_CONCENTRATION && p != Property.ELECTRONIC_CONDUCTIVITY
                && p != Property.IONIC_CONDUCTIVITY && p != Property.LI_MIGRATION_BARRIER;
    }

    /** The capacity a retention refers to, a rate's definition, the low end of "from C/10 to 2C". */
    /** The rate of the capacity a retention is relative to ("62.3% of its 0.1 A g-1 capacity"): one rate only. */
    private static boolean referenceRate(Sentence s, RateMention r) {
        return r.rates().size() == 1 && REFERENCE_RATE_BEFORE.matcher(s.before(r.begin(), 40)).find()
                || REFERENCE_RATE_AFTER.matcher(s.after(r.end(), 12)).find()
                || s.after(r.end(), 4).matches("^\\s?=.*");
    }

    private Rate rateFor(Sentence s, Value v, List<RateMention> rates, List<Value> values) {
        int at = s.tokenAt(v.begin);
        // "at 1, 2 and 5 A g-1, respectively" (or without "respectively"): the i-th value at the i-th rate.
        if (v.measure.isList()) {
            for (RateMention r : rates) {
                if (r.rates().size() == v.measure.values().size()
                        && s.clause()[s.tokenAt(r.begin())] == s.clause()[s.tokenAt(v.measure.end() - 1)]) {
                    return r.rates().get(v.index);
                }
            }
        }
        // "1658, 1646, …, 824 mA h g-1 at rates from 0.1 to 5 A g-1": the rates between the ends are unsaid.
        int lastIndex = v.measure.values().size() - 1;
        if (lastIndex >= 2 && v.measure.max() == null && v.index > 0 && v.index < lastIndex
                && rates.stream().anyMatch(r -> r.rates().size() == 2
                        || RATE_RANGE_END.matcher(s.before(r.begin(), 30)).find())) {
            v.unpaired = true;
            return null;
        }
        // "1450–480 mAh g-1 at 0.2–5.0 A g-1": paired ends.
        if (v.measure.isList() && v.measure.max() == null && v.measure.values().size() == 2 && v.measure.raw().contains("–")) {
            for (RateMention r : rates) {
                if (r.rates().size() == 2) {
                    return r.rates().get(v.index);
                }
            }
        }
        RateMention own = null;
        RateMention front = null;
        for (RateMention r : rates) {
            int ir = s.tokenAt(r.begin());
            if (fronted(s, ir)) {
                front = front == null ? r : front;
            } else if (own == null && ownedBy(owner(s, r.begin(), r.end(), values), v)) {
                own = r;
            }
        }
        RateMention chosen = own != null ? own : front;
        if (chosen == null) {
            return null;
        }
        if (chosen.rates().size() == 1) {
            return chosen.rates().get(0);
        }
        // "between 5 A g-1 and 0.1 A g-1", "from C/10 to 2C" (a range): the rate the value is at.
        boolean between = s.before(chosen.begin(), 10).toLowerCase(Locale.ROOT).matches("(?s).*between\\s?$");
        return between ? chosen.rates().get(0) : chosen.range() ? chosen.rates().get(chosen.rates().size() - 1) : null;
    }

    /**
     * The value a condition belongs to: the nearest value before it in its clause with no other value between
     * ("1520 mAh g-1 at 0.5 A g-1 and 88.9% … after 500 cycles"), else the nearest after it ("sustains 10 000
     * cycles … with 52% capacity retention"). A value in parentheses annotates the one before it.
     */
    private static Value owner(Sentence s, int begin, int end, List<Value> values) {
        int clause = s.clause()[s.tokenAt(begin)];
        Value before = null;
        Value after = null;
        for (Value w : values) {
            int iw = s.tokenAt(w.begin);
            if (s.clause()[iw] != clause || w.referenceOf != null && !inOwnClause(s, w)
                    || s.parenthesised()[iw] && !s.parenthesised()[s.tokenAt(begin)]) {
                continue;
            }
            if (w.end <= begin && (before == null || w.begin > before.begin)) {
                before = w;
            }
            if (w.begin >= end && (after == null || w.begin < after.begin)) {
                after = w;
            }
        }
        // A number read as no value ("the charge capacity was 1473 mA h g-1 and remained at 84% after 100
        // cycles", 84% unread) still stands between: the condition is not the farther value's.
        if (before != null && numberBetween(s, before.end, begin)) {
            before = null;
        }
        if (after != null && numberBetween(s, end, after.begin)) {
            after = null;
        }
        if (before != null && before.measure.isList() && after == null) {
            return before;
        }
        return before != null ? before : after;
    }

    /** A condition of one member of a list ("at 4 A g-1 are 21.4%, 43.9% and 66.0%") is every member's. */
    private static boolean ownedBy(Value owner, Value v) {
        return owner == v || owner != null && owner.measure == v.measure;
    }

    /** A number outside parentheses between the two offsets (an aside in parentheses never takes a condition). */
    private static boolean numberBetween(Sentence s, int from, int to) {
        return s.numbers.stream().anyMatch(m -> m.begin() >= from && m.end() <= to
                && !s.parenthesised()[s.tokenAt(m.begin())]);
    }

    /** A condition that opens its sentence before a comma: "At 2 A g-1, …", "After 300 cycles at 0.5 A g-1, …". */
    private static boolean fronted(Sentence s, int token) {
        for (int i = token; i < s.tokens.size(); i++) {
            String w = s.tokens.get(i).word();
            if (w.equals(",")) {
                for (int j = 0; j < token; j++) {
                    // "After 1000 cycles at 2 A g-1, …": the numbers of other conditions do not stop a fronted one.
                    if (s.cue()[j] != null && !s.cue()[j].startsWith("not_") || STARTS_WITH_DIGIT.matcher(s.tokens.get(j).word()).matches()
                            && !s.inCondition(s.tokens.get(j).beginPosition())) {
                        return false;
                    }
                }
                return true;
            }
            if (SENTENCE_STOP.matcher(w).matches()) {
                return false;
            }
        }
        return false;
    }

    /** Whether another value (outside parentheses) stands between a value and a condition. */
    private static boolean measureBetween(Sentence s, Value v, int begin, int end, List<Value> values) {
        int from = Math.min(v.end, end);
        int to = Math.max(v.begin, begin);
        for (Value w : values) {
            if (w != v && w.measure != v.measure && w.begin >= from && w.end <= to && !s.parenthesised()[s.tokenAt(w.begin)]) {
                return true;
            }
        }
        return false;
    }

    private Integer cyclesFor(Sentence s, Value v, List<CycleMention> cycles, List<Value> values) {
        CycleMention own = null;
        CycleMention front = null;
        boolean eis = v.property == Property.CHARGE_TRANSFER_RESISTANCE || v.property == Property.LI_DIFFUSION_COEFFICIENT;
        for (CycleMention c : cycles) {
            int ic = s.tokenAt(c.begin());
            if (s.has(Role.PROTOCOL, ic - 3, ic + 1) || s.after(c.end(), 30).matches("(?is)^\\s?(?:at\\s\\S+\\s\\S+\\s)?per\\b.*")
                    || s.before(c.begin(), 30).matches("(?is).*\\bper cycle\\s(?:over|for|during)\\s?$")) {
                continue;
            }
            // An impedance or diffusion value is "after N cycles" only when the text says after.
            if (eis && !CYCLE_AFTER.matcher(s.before(c.begin(), 16)).find() && !s.before(c.begin(), 8).matches("(?is).*cycled\\s?$")) {
                continue;
            }
            if (fronted(s, ic)) {
                front = front == null ? c : front;
            } else if (owner(s, c.begin(), c.end(), values) == v && own == null) {
                own = c;
            }
        }
        CycleMention chosen = own != null ? own : front;
        if (chosen == null || v.step.equals("before")) {
            return null;
        }
        return chosen.cycles();
    }

    // ---------------------------------------------------------------------------------------------- materials

    private void linkMaterials(Sentence s, List<Value> values, List<MaterialMention> mentions,
                               Optional<MaterialBinding> fallback, Context context) {
        // References first: their samples are then not taken by the compared values.
        List<Value> ordered = new ArrayList<>(values.stream().filter(v -> v.referenceOf != null).toList());
        ordered.addAll(values.stream().filter(v -> v.referenceOf == null).toList());
        for (Value v : ordered) {
            if (v.material == null) {
                bind(s, v, values, mentions, context);
            }
        }
    }

    private void bind(Sentence s, Value v, List<Value> values, List<MaterialMention> all, Context context) {
        List<MaterialMention> samples = all.stream().filter(m -> m.kind() != MaterialMention.Kind.PLAIN_SI).toList();
        // N values and N samples: "the Rct values of A, B and C … 212.4, 96.7 and 41.3 Ω, respectively",
        // "Al contents of 0.5, 1.0 and 2.0 at% (denoted A, B and C)".
        if (v.measure.isList() && v.measure.max() == null && !(v.measure.values().size() == 2 && v.measure.raw().contains("–"))) {
            List<MaterialMention> listed = listedSamples(s, v, all);
            if (listed.size() == v.measure.values().size()) {
                v.material = listed.get(v.index);
                v.step = v.step.equals("value") ? "list" : v.step;
                return;
            }
        }
        Optional<MaterialMention> after = materialRightAfter(s, v, all);
        if (after.isPresent()) {
            v.material = after.get();
            return;
        }
        Optional<MaterialMention> enclosing = sampleBeforeParenthesis(s, v, all);
        if (enclosing.isPresent()) {
            v.material = enclosing.get();
            return;
        }
        int at = s.tokenAt(v.begin);
        Optional<MaterialMention> pointed = backReference(s, v, context);
        if (pointed.isPresent()) {
            v.material = pointed.get();
            v.how = "backref";
            return;
        }
        Optional<MaterialMention> before = samples.stream()
                .filter(m -> m.end() <= v.begin && s.clause()[s.tokenAt(m.begin())] == s.clause()[at] && m.bindable()
                        && !usedAsReference(m, values))
                .max(Comparator.comparingInt(MaterialMention::end));
        if (before.isPresent() && !pointsBack(s, before.get().end(), v.begin)) {
            v.material = before.get();
            return;
        }
        if (pointsBack(s, before.map(MaterialMention::end).orElse(s.offset), v.begin)) {
            if (context.defined != null) {
                v.material = context.defined;
                v.how = "backref";
                return;
            }
            if (v.referenceOf == null) {
                return; // the earlier subject (MaterialContext) is taken when the reading is made
            }
        }
        Optional<MaterialMention> later = samples.stream()
                .filter(m -> m.begin() >= v.end && s.clause()[s.tokenAt(m.begin())] == s.clause()[at] && m.bindable()
                        && !usedAsReference(m, values) && !s.has(Role.COMPARE, s.tokenAt(m.begin()) - 3,
                        s.tokenAt(m.begin())))
                .min(Comparator.comparingInt(MaterialMention::begin));
        if (later.isPresent()) {
            v.material = later.get();
            return;
        }
        samples.stream().filter(m -> m.bindable() && m.end() <= v.begin && !usedAsReference(m, values))
                .findFirst().ifPresent(m -> v.material = m);
        if (v.material == null && context.defined != null) {
            v.material = context.defined;
            v.how = "backref";
        }
    }

    /** "It", "its", "this anode", "the electrode", "the composite" before a value: an earlier sentence's sample. */
    private boolean pointsBack(Sentence s, int from, int to) {
        int a = s.tokenAt(Math.max(from, s.offset));
        int b = s.tokenAt(to);
        for (int i = a; i < b; i++) {
            String w = s.tokens.get(i).word();
            if (words.is(w, Role.BACKREF) && !w.equalsIgnoreCase("this") || (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("this"))
                    && i + 1 < s.tokens.size() && (HEADS.isHead(s.tokens.get(i + 1).word())
                    || POINTING_ADJECTIVE.matcher(s.tokens.get(i + 1).word()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedAsReference(MaterialMention m, List<Value> values) {
        return values.stream().anyMatch(v -> v.referenceOf != null && v.material == m);
    }

    /** "its", "this anode", "the former" between a sample and a value: the value is of the pointed-to sample. */
    private boolean backrefBetween(Sentence s, int from, int to) {
        int a = s.tokenAt(from);
        int b = s.tokenAt(to);
        for (int i = a; i < b; i++) {
            String w = s.tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("latter")) {
                return true;
            }
        }
        return false;
    }

    private Optional<MaterialMention> backReference(Sentence s, Value v, Context context) {
        int at = s.tokenAt(v.begin);
        int stop = v.referenceOf != null ? Math.max(0, at - 4) : 0;
        for (int i = at - 1; i >= stop; i--) {
            if (v.referenceOf == null && i < at - 1 && s.tokens.get(i).word().equals(")")) {
                break;
            }
            String w = s.tokens.get(i).word().toLowerCase(Locale.ROOT);
            List<MaterialMention> named = context.lastNamed.stream().filter(MaterialMention::bindable).toList();
            if (w.equals("former") && !named.isEmpty()) {
                return Optional.of(named.get(0));
            }
            if (w.equals("latter") && named.size() >= 2) {
                return Optional.of(named.get(1));
            }
        }
        return Optional.empty();
    }

    /** The samples listed with a list of values: the same count, before the values or right after them. */
    private List<MaterialMention> listedSamples(Sentence s, Value v, List<MaterialMention> samples) {
        int n = v.measure.values().size();
        List<MaterialMention> after = samples.stream().filter(m -> m.begin() >= v.measure.end()).toList();
        List<MaterialMention> before = samples.stream().filter(m -> m.end() <= v.measure.begin()).toList();
        if (after.size() == n) {
            return after;
        }
        if (before.size() == n) {
            return before;
        }
        if (before.size() > n) {
            return before.subList(before.size() - n, before.size());
        }
        return after.size() > n ? after.subList(0, n) : List.of();
    }

    /** "SiO/C (86.2 Ω)", "Si/Ti3C2 (12.4 Ω)": a value in parentheses right after a sample. */
    private static Optional<MaterialMention> sampleBeforeParenthesis(Sentence s, Value v, List<MaterialMention> samples) {
        String before = s.before(v.begin, 30);
        Matcher m = OPEN_PARENTHESIS_END.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        int open = v.begin - (before.length() - m.start());
        // "Si@C (…", "the Si@C electrode (Rct = 47.9 Ω)": the sample, or the sample and its head noun, before it.
        return samples.stream().filter(x -> x.end() <= open && (open - x.end() <= 2
                || HEADS.isHead(s.text.substring(x.end() - s.offset, open - s.offset).strip())))
                .findFirst();
    }

    // ---------------------------------------------------------------------------------------------- dopants

    private void linkDopants(Sentence s, List<Value> values, List<MaterialMention> mentions, Context context) {
        List<Value> amounts = values.stream().filter(v -> v.property == Property.DOPANT_CONCENTRATION).toList();
        for (Value v : amounts) {
            Optional<String> element = dopantElement(s, v);
            if (element.isEmpty() || element.get().equals("Si") || element.get().equals("Li")) {
                v.property = null;
                continue;
            }
            Unit unit = Unit.fromSymbol(v.measure.unit().canonical());
            v.dopant = Dopant.of(List.of(element.get()), v.number.doubleValue(), unit);
        }
        values.removeIf(v -> v.property == null);
        // Another value of a sample whose dopant amount this sentence states carries it ("B-doped Si (1.5 at%)").
        for (Value v : values) {
            if (v.property == Property.DOPANT_CONCENTRATION || v.material == null) {
                continue;
            }
            Optional<Value> amount = amounts.stream().filter(a -> a.property != null && a.material == v.material).findFirst();
            if (amount.isPresent()) {
                v.dopant = amount.get().dopant;
            } else if (!v.material.dopants().isEmpty()) {
                v.dopant = Dopant.of(v.material.dopants(), null, null);
            }
            Dopant known = context.dopantsByName.get(v.material.text());
            if (v.dopant == null && known != null) {
                v.dopant = known;
            }
        }
        for (Value a : amounts) {
            if (a.property != null && a.material != null) {
                context.dopantsByName.putIfAbsent(a.material.text(), a.dopant);
            }
            if (a.property != null) {
                context.amounts.put(a.dopant.elements().get(0), a.dopant);
            }
        }
        // "Owing to the boron dopant, … for B-Si-3": a sample named after the element the sentence dopes with.
        Optional<String> doping = definedDopant(s.text.replaceAll("(?i)(\\p{L}+)\\s(?:dopant|doping)\\b", "$1-doped"));
        for (Value v : values) {
            if (v.dopant == null && v.material != null && doping.isPresent()
                    && v.material.text().matches(Pattern.quote(doping.get()) + "(?:[-_]|\\d|(?=\\p{Lu})).*")
                    && !words.is(v.material.text().split(" ")[0], Role.REFERENCE)) {
                v.dopant = Dopant.of(List.of(doping.get()), null, null);
            }
        }
    }

    /** The element of a dopant amount: "2.7 at.% P", "(Ge: 5 wt%)", "phosphorus content of", "B-doped". */
    private Optional<String> dopantElement(Sentence s, Value v) {
        Matcher after = ELEMENT_AFTER.matcher(s.after(v.measure.end(), 5));
        if (after.find() && elements.contains(after.group(1))) {
            return Optional.of(after.group(1));
        }
        Matcher before = ELEMENT_BEFORE.matcher(s.before(v.begin, 5));
        if (before.find() && elements.contains(before.group(1))) {
            return Optional.of(before.group(1));
        }
        Matcher word = ELEMENT_WORD.matcher(s.text);
        Set<String> found = new LinkedHashSet<>();
        while (word.find()) {
            for (int g = 1; g <= 4; g++) {
                String w = word.group(g);
                if (w != null) {
                    elements.symbolOf(w).or(() -> elements.contains(w) ? Optional.of(w) : Optional.empty()).ifPresent(found::add);
                }
            }
        }
        found.remove("Si");
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- readings

    private Optional<Reading> toReading(Value v, Optional<MaterialBinding> fallback) {
        if (v.property == null) {
            return Optional.empty();
        }
        MaterialBinding binding = v.material != null ? MaterialBinding.inSentence(v.material) : fallback.orElse(null);
        if (binding == null) {
            return Optional.empty();
        }
        UnitVocabulary.Entry unitEntry = v.measure.unit();
        double multiplier = unitEntry.multiplier();
        double value = v.number.multiply(BigDecimal.valueOf(multiplier)).doubleValue();
        Unit unit = Unit.fromSymbol(unitEntry.canonical());
        if (v.complement) {
            value = BigDecimal.valueOf(100).subtract(v.number).doubleValue();
        }
        if (!v.property.accepts(unit)) {
            return Optional.empty();
        }
        Double max = v.measure.max() == null ? null : v.measure.max().multiply(BigDecimal.valueOf(multiplier)).doubleValue();
        Dopant dopant = v.dopant;
        if (dopant == null && !binding.mention().dopants().isEmpty()) {
            dopant = Dopant.of(binding.mention().dopants(), null, null);
        }
        return Optional.of(new Reading(v.property, value, max, unit, v.measure.approx() && v.index == 0,
                v.index == 0 ? v.measure.comparator() : null, v.measure.raw(), v.rate, v.cycles, v.baseline, binding,
                dopant, v.begin, v.end, "statement." + v.property.id() + "." + v.step));
    }
}

