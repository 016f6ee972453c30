package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.read.TextNormaliser;

/**
 * The rule triggers ({@link KineticsRules}) only skip rules that could not match: on every rule-case sentence and
 * every sentence of the review PDF, the matches equal those found by trying every rule.
 */
class RuleTriggersTest {
    private static final NlpPipeline PIPELINE = NlpPipeline.shared();
    private static final KineticsRules RULES = KineticsRules.load();
    private static final PhraseTagger TAGGER = new PhraseTagger(UnitVocabulary.load(), CueVocabulary.load());

    @Test
    void mostRulesHaveRequiredTokens() {
        // Without required tokens every rule runs on every candidate sentence and the triggers do nothing.
        assertTrue(RULES.triggeredRuleCount() >= 15, "rules with triggers: " + RULES.triggeredRuleCount());
    }

    @Test
    void ruleCaseSentencesGiveTheSameMatches() throws Exception {
        int withMatches = 0;
        for (RuleCasesTest.Case c : RuleCasesTest.cases()) {
            withMatches += assertSameMatches(TextNormaliser.normalise(c.sentence()), "rule-cases.tsv line " + c.line());
        }
        // 56 of the rule-case texts had matches on 2026-11-25: the comparison is not over empty lists.
        assertTrue(withMatches >= 50, "rule-case texts with matches: " + withMatches);
    }

    @Test
    void reviewSentencesGiveTheSameMatches() throws InputException {
        var pdf = TestInputs.reviewPdf();
        Assumptions.assumeTrue(pdf.isPresent(), "review PDF not found under simine.root/corpus or simine.shared/corpus");
        Document review = DocumentReaders.read(pdf.get());
        int withMatches = 0;
        for (Page page : review.pages()) {
            withMatches += assertSameMatches(page.text(), "review page " + page.number());
        }
        // 13 of the review's 24 pages had matches on 2026-11-25.
        assertTrue(withMatches >= 10, "review pages with matches: " + withMatches);
    }

    /** Tokenises twice (the rule stages annotate tokens) and compares; 1 when the text had any match. */
    private static int assertSameMatches(String text, String where) {
        List<RuleMatch> triggered = new ArrayList<>();
        for (CoreMap sentence : PIPELINE.sentences(text)) {
            TAGGER.tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
            triggered.addAll(RULES.matches(sentence));
        }
        List<RuleMatch> everyRule = new ArrayList<>();
        for (CoreMap sentence : PIPELINE.sentences(text)) {
            TAGGER.tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
            everyRule.addAll(RULES.matchesTryingEveryRule(sentence));
        }
        assertEquals(everyRule, triggered, where);
        return triggered.isEmpty() ? 0 : 1;
    }
}
