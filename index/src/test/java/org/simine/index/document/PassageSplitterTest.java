package org.simine.index.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    @Test
    void headingsSetTheSectionAcrossPagesAndPassagesKeepTheirPage() {
        String page1 = "Journal header line\n1 Introduction\nSilicon is a promising anode.\nIt swells.\n\n"
                + "2.1 Shorten the Li+ diffusion distance\nSmaller particles help.";
        String page2 = "Nanowires also help.\nConclusions\nDoping works.";
        List<Passage> passages = PassageSplitter.split("d", List.of(new PageText(1, page1), new PageText(2, page2)));
        assertEquals(List.of(
                new Passage("d", 0, 1, null, "Journal header line"),
                new Passage("d", 1, 1, "1 Introduction", "Silicon is a promising anode. It swells."),
                new Passage("d", 2, 1, "2.1 Shorten the Li+ diffusion distance", "Smaller particles help."),
                new Passage("d", 3, 2, "2.1 Shorten the Li+ diffusion distance", "Nanowires also help."),
                new Passage("d", 4, 2, "Conclusions", "Doping works.")), passages);
    }

    @Test
    void longTextIsCutAtSentenceEndsIntoParagraphSizedPassages() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Sentence number ").append(i).append(" says something about silicon anodes.\n");
        }
        List<Passage> passages = PassageSplitter.split("d", List.of(new PageText(null, text.toString())));
        assertTrue(passages.size() > 2, passages.toString());
        for (Passage p : passages) {
            assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, p.text());
            assertTrue(p.text().endsWith("."), p.text());
            assertNull(p.page());
        }
        assertEquals(text.toString().replace('\n', ' ').strip(),
                String.join(" ", passages.stream().map(Passage::text).toList()));
    }

    @Test
    void sentencesAndCaptionsAreNotHeadings() {
        assertTrue(PassageSplitter.isHeading("2.1 Shorten the Li+ diffusion distance"));
        assertTrue(PassageSplitter.isHeading("3 Results and discussion"));
        assertTrue(PassageSplitter.isHeading("References"));
        assertFalse(PassageSplitter.isHeading("1 M LiFSI in EC/DEC was used."));
        assertFalse(PassageSplitter.isHeading("2720 | Energy Environ. Sci., 2025, 18, 2720"));
        assertFalse(PassageSplitter.isHeading("It was reported that Si nanoparticles"));
        assertFalse(PassageSplitter.isHeading("1 M LiFSI"));
    }
}
