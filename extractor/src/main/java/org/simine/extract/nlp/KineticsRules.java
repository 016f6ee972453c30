package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.CoreMap;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The TokensRegex rule stages, loaded once from {@code rules/} on the classpath into one {@link Env}.
 *
 * <p>Files are read with {@link TokenSequenceParser#updateExpressionExtractor}, the call that
 * {@code CoreMapExpressionExtractor.createExtractorFromFiles} makes per file; going through it directly reads
 * classpath resources without temporary files and without that method's unconditional print to stderr.
 * Applying the rules is safe from several threads: compiled patterns are immutable and each call matches on
 * its own sentence.
 *
 * <p>Speed: TokensRegex tries every rule at every token, and setting up a match attempt costs far more than
 * testing one token. So each rule's <em>required tokens</em> are read once from its compiled pattern (the
 * token patterns on the chain every match must pass, such as {@code [{cue:"retention"}]} or
 * {@code /remained|remains/}), and a sentence is matched only with the rules whose required tokens all occur in
 * it. A rule left out could not have matched, so the matches are the same as with all rules; the extractor for
 * each such subset of rules is built on first use and kept.
 */
public final class KineticsRules {
    /** Stage files in load order; the number in each name is also its TokensRegex stage. */
    public static final List<String> RULE_FILES = List.of(
            "00-macros.rules", "10-numbers.rules", "20-units.rules", "30-cues.rules", "40-tuples.rules");
    static final String RULES_DIRECTORY = "/rules/";
    /** Name of the result field that holds the rule id. */
    static final String RULE_FIELD = "rule";
    /** {@code unitkind} of the units a tuple's value carries (vocab/units.tsv), or its factor word ("times"). */
    static final String VALUE_UNIT_KIND = "value";
    static final String FACTOR_UNIT_KIND = "factor";
    /** "2-fold" is one token, so no unit phrase: the rules read it whole (macro $FACTOR in 40-tuples.rules). */
    private static final Pattern FOLD_TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?-fold");

    /** Kept so the level set below is not lost when the logger is garbage-collected. */
    private static final Logger EXTRACTOR_LOG = Logger.getLogger(CoreMapExpressionExtractor.class.getName());

    private final Env env;
    /** Extraction rules of all stages in load order, each with the token patterns a match needs. */
    private final List<TriggeredRule> rules;
    private final Map<BitSet, CoreMapExpressionExtractor<MatchedExpression>> extractors = new ConcurrentHashMap<>();

    /**
     * @param required token patterns every match of the rule contains (empty: the rule is always tried);
     *                 patterns on annotations the rule stages set themselves ({@code role}) are not among them
     */
    private record TriggeredRule(SequenceMatchRules.Rule rule, List<NodePattern<CoreMap>> required) {
    }

    private KineticsRules(Env env, List<TriggeredRule> rules) {
        this.env = env;
        this.rules = List.copyOf(rules);
    }

    public static KineticsRules load() {
        // CoreNLP logs "Read N rules" per file at INFO; a library should stay quiet unless something is wrong.
        EXTRACTOR_LOG.setLevel(Level.WARNING);
        Env env = TokenSequencePattern.getNewEnv();
        RuleCollector extractor = new RuleCollector(env);
        for (String file : RULE_FILES) {
            String resource = RULES_DIRECTORY + file;
            try (InputStream in = KineticsRules.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + resource);
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                new TokenSequenceParser().updateExpressionExtractor(extractor, reader);
            } catch (Exception e) {
                // Rule files ship with the code: a parse error is a build bug, reported with the file name.
                throw new IllegalStateException("cannot load rule file " + resource + ": " + e.getMessage(), e);
            }
        }
        return new KineticsRules(env, extractor.rules.stream()
                .filter(r -> r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?>)
                .map(r -> new TriggeredRule(r, requiredTokens((SequenceMatchRules.AnnotationExtractRule<?, ?>) r)))
                .toList());
    }

    /** Parses like a normal extractor and keeps the parsed rules, so subsets of them can be assembled later. */
    private static final class RuleCollector extends CoreMapExpressionExtractor<MatchedExpression> {
        final List<SequenceMatchRules.Rule> rules = new ArrayList<>();

        RuleCollector(Env env) {
            super(env);
        }

        @Override
        public void appendRules(List<SequenceMatchRules.Rule> parsed) {
            rules.addAll(parsed);
            super.appendRules(parsed);
        }
    }

    /**
     * The token patterns on the unbranched chain from the start of a rule's compiled pattern that are not
     * optional: every match passes through each of them. The chain ends at the first alternative or optional
     * part, so this is a subset of what a match needs, never more. Patterns that test {@code role} are left out:
     * that annotation is set by the rule stages during matching, after the trigger test.
     */
    @SuppressWarnings("unchecked")
    private static List<NodePattern<CoreMap>> requiredTokens(SequenceMatchRules.AnnotationExtractRule<?, ?> rule) {
        if (!(rule.pattern instanceof TokenSequencePattern pattern)) {
            return List.of();
        }
        return pattern.findNodePatterns(node -> (NodePattern<CoreMap>) node, false, false).stream()
                .filter(node -> !node.toString().contains(TokenAnnotations.RoleAnnotation.class.getSimpleName()))
                .toList();
    }

    /** The extractor with the rules whose required tokens all occur in the sentence. */
    private CoreMapExpressionExtractor<MatchedExpression> extractorFor(List<CoreLabel> tokens) {
        BitSet chosen = new BitSet(rules.size());
        Map<NodePattern<CoreMap>, Boolean> occurs = new IdentityHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            boolean all = true;
            for (NodePattern<CoreMap> node : rules.get(i).required()) {
                if (!occurs.computeIfAbsent(node, n -> tokens.stream().anyMatch(n::match))) {
                    all = false;
                    break;
                }
            }
            chosen.set(i, all);
        }
        return extractors.computeIfAbsent(chosen, this::extractorWith);
    }

    private CoreMapExpressionExtractor<MatchedExpression> extractorWith(BitSet chosen) {
        CoreMapExpressionExtractor<MatchedExpression> extractor = new CoreMapExpressionExtractor<>(env);
        extractor.appendRules(chosen.stream().mapToObj(i -> rules.get(i).rule()).toList());
        return extractor;
    }

    /**
     * Tuple matches in one sentence whose tokens have been tagged by {@link PhraseTagger}. Stage-internal
     * matches (labels, conditions) carry no result and are not returned.
     */
    public List<RuleMatch> matches(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return mayHoldTuple(tokens) ? matches(sentence, extractorFor(tokens)) : List.of();
    }

    /** Like {@link #matches} but with every rule tried, as before the triggers: the reference for tests. */
    List<RuleMatch> matchesTryingEveryRule(CoreMap sentence) {
        BitSet all = new BitSet(rules.size());
        all.set(0, rules.size());
        return mayHoldTuple(sentence.get(CoreAnnotations.TokensAnnotation.class))
                ? matches(sentence, extractors.computeIfAbsent(all, this::extractorWith)) : List.of();
    }

    /** How many rules have required tokens (the others are tried on every candidate sentence). */
    long triggeredRuleCount() {
        return rules.stream().filter(r -> !r.required().isEmpty()).count();
    }

    private static List<RuleMatch> matches(CoreMap sentence, CoreMapExpressionExtractor<MatchedExpression> extractor) {
        List<RuleMatch> matches = new ArrayList<>();
        for (MatchedExpression expression : extractor.extractExpressions(sentence)) {
            Object result = expression.getValue() == null ? null : expression.getValue().get();
            if (!(result instanceof Map<?, ?> fields) || !(value(fields.get(RULE_FIELD)) instanceof String ruleId)) {
                continue;
            }
            Map<String, String> slots = new HashMap<>();
            fields.forEach((name, field) -> {
                Object v = value(field);
                if (v != null && !RULE_FIELD.equals(name)) {
                    slots.put(name.toString(), v.toString());
                }
            });
            matches.add(new RuleMatch(ruleId, slots,
                    expression.getCharOffsets().getBegin(), expression.getCharOffsets().getEnd()));
        }
        return matches;
    }

    /**
     * Whether a sentence can give a tuple at all: every stage-40 rule reads a number ({@code $VALUE}) with a unit
     * of kind "value" (%, Ohm, cm^2/s, mAh/g), or a factor ("8.8 times", "2-fold"). Most sentences of a paper have neither, and running the rule
     * stages on them was half of all ingest time; the earlier stages only mark tokens for stage 40, so skipping
     * them changes no result. A rule without such a number and unit must change this test (its positive example
     * in rule-cases.tsv would fail).
     */
    static boolean mayHoldTuple(List<CoreLabel> tokens) {
        boolean number = false;
        boolean valueUnit = false;
        for (CoreLabel token : tokens) {
            number = number || containsDigit(token.word());
            String kind = token.get(TokenAnnotations.UnitKindAnnotation.class);
            valueUnit = valueUnit || VALUE_UNIT_KIND.equals(kind) || FACTOR_UNIT_KIND.equals(kind)
                    || FOLD_TOKEN.matcher(token.word()).matches();
            if (number && valueUnit) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Object value(Object field) {
        return field instanceof Value<?> v ? v.get() : field;
    }
}
