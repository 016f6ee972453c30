package org.simine.extract.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The review's seed text (the source the review PDF was typeset from) as sentences in a comparison form: script
 * markup, TeX commands, citation superscripts and everything but letters and digits removed, lower-cased. The
 * same {@link #canonical(String)} applied to extracted text lets a test ask whether each sentence survived.
 */
final class SeedSentences {
    /** Sentences shorter than this (in comparison characters) say too little to test. */
    static final int MIN_CHARS = 25;
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\[a-zA-Z]+");
    private static final Pattern CARET_CITATION = Pattern.compile("(?<=[.,;:)\\]])\\^\\{[^}]*\\}");
    private static final Pattern UNICODE_CITATION = Pattern.compile("(?<=[.,;:)\\]])[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,–]+");
    /** The seed's reference list: references are kept apart from the page text by design. */
    private static final Pattern REFERENCES = Pattern.compile("(?m)^References\\s*$");
    private static final Pattern AFFILIATION = Pattern.compile("\\^\\{?[†a-c,]+\\}?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SeedSentences() {
    }

    /** Sentences of the seed's running text, captions and headings; table rows (tab-separated) are left out. */
    static List<String> of(String seed) {
        List<String> sentences = new ArrayList<>();
        java.util.regex.Matcher references = REFERENCES.matcher(seed);
        String body = references.find() ? seed.substring(0, references.start()) : seed;
        for (String line : body.split("\n")) {
            if (line.contains("\t") || line.isBlank()) {
                continue;
            }
            for (String sentence : SENTENCE_BREAK.split(withoutCitations(line))) {
                if (canonical(sentence).length() >= MIN_CHARS) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** Citation and affiliation superscripts removed (both sides of a comparison need this). */
    static String withoutCitations(String text) {
        String cleaned = CARET_CITATION.matcher(text).replaceAll("");
        cleaned = UNICODE_CITATION.matcher(cleaned).replaceAll("");
        return AFFILIATION.matcher(cleaned).replaceAll("");
    }

    /** Letters and digits only, lower-cased, after NFKC (superscript digits become digits) and TeX removal. */
    static String canonical(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace("\\pi", "π");
        s = TEX_COMMAND.matcher(s).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
