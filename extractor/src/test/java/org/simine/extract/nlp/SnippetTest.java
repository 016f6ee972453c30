package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A record's snippet is its sentence, or a bounded window of an overlong one that still holds the match. */
class SnippetTest {
    @Test
    void anOrdinarySentenceIsTheSnippet() {
        String sentence = "The Si@C anode shows an ICE of 86.9%.";
        assertSame(sentence, TextRecordExtractor.snippet(sentence, 24, 36));
    }

    @Test
    void anOverlongSentenceGivesTheWindowAroundTheMatch() {
        String filler = "and so on ".repeat(10_000);
        String match = "ICE of 86.9%";
        String sentence = filler + match + filler;
        int start = filler.length();
        String snippet = TextRecordExtractor.snippet(sentence, start, start + match.length());
        assertEquals(TextRecordExtractor.MAX_SNIPPET_CHARS, snippet.length());
        int at = snippet.indexOf(match);
        assertTrue(at > 400 && at < 600, "centred: " + at);
    }

    @Test
    void aMatchNearAnEndKeepsTheFullWindow() {
        String sentence = "ICE of 86.9% " + "x".repeat(5_000);
        String head = TextRecordExtractor.snippet(sentence, 0, 12);
        assertTrue(head.startsWith("ICE of 86.9%") && head.length() == TextRecordExtractor.MAX_SNIPPET_CHARS);
        String tail = TextRecordExtractor.snippet(sentence + " ICE of 81%", sentence.length() + 1,
                sentence.length() + 11);
        assertTrue(tail.endsWith("ICE of 81%") && tail.length() == TextRecordExtractor.MAX_SNIPPET_CHARS);
    }
}
