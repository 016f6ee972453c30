package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterialFinderTest {
    private static final MaterialFinder FINDER = new MaterialFinder(ElementSymbols.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Si@C anode works.                              | Si@C
            The P0.125Si anode works.                          | P0.125Si
            The SiMn05% anode works.                           | SiMn05%
            Both Si/C and YS-Si/C anodes work.                 | Si/C;YS-Si/C
            The SiNPs@titanocene-70 anode works.               | SiNPs@titanocene-70
            The (Si-graphite) electrode works.                 | Si-graphite
            The P-doped Si anode works.                        | P-doped Si
            The Mo-doped porous nanostructured Si anode works. | Mo-doped porous nanostructured Si
            Si anodes form Li15Si4 via Si-based alloys.        | ''
            The X-doped Si anode works.                        | ''
            """)
    void findsSiliconMaterials(String sentence, String expected) {
        List<String> found = FINDER.find(tokens(sentence)).stream().map(MaterialMention::text).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), found);
    }

    @Test
    void dopedPhraseCarriesItsDopant() {
        List<MaterialMention> found = FINDER.find(tokens("The B-doped Si anode works."));
        assertEquals(List.of("B"), found.get(0).dopants());
    }

    @Test
    void bindsTheNearestPrecedingMentionElseTheNextOne() {
        MaterialMention a = new MaterialMention("A-Si", 0, 4, List.of());
        MaterialMention b = new MaterialMention("B-Si", 10, 14, List.of());
        MaterialMention c = new MaterialMention("C-Si", 30, 34, List.of());
        assertEquals(Optional.of(b), MaterialFinder.bind(List.of(a, b, c), 20));
        assertEquals(Optional.of(a), MaterialFinder.bind(List.of(a, b, c), 0));
        assertEquals(Optional.empty(), MaterialFinder.bind(List.of(), 5));
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Then (YS-Si/C), a sample.";
        MaterialMention m = FINDER.find(tokens(text)).get(0);
        assertEquals("YS-Si/C", text.substring(m.begin(), m.end()));
    }

    private static List<CoreLabel> tokens(String sentence) {
        CoreMap first = NlpPipeline.shared().sentences(sentence).get(0);
        return first.get(CoreAnnotations.TokensAnnotation.class);
    }
}
