package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            Si nanowires exhibit good rate performance.        | Si nanowires
            Park reported a hollow Si nanotube with carbon.    | hollow Si nanotube
            Si hollow nanotubes also work.                     | Si hollow nanotubes
            Ren encapsulated porous Si with carbon.            | porous Si
            Silicon nanowires grow on steel.                   | Silicon nanowires
            Si nanoparticles (SiNPs) were milled.              | SiNPs
            A silicon/graphite composite (SGC) was made.       | SGC
            The MACS anode affords a good rate.                | MACS
            the CSMC600 anode delivers it.                     | CSMC600
            The C@SGG 20% electrode with 1.2 g cc-1 showed it.   | C@SGG 20%
            Si particles and Si materials swell.               | ''
            Capacity of micron-sized bulk Si anodes drops.     | micron-sized bulk Si
            The TEM image of the SEI is shown.                 | ''
            Similarly, Significantly improved Simulations fit. | ''
            """)
    void findsSiliconMaterials(String sentence, String expected) {
        List<String> found = FINDER.find(tokens(sentence)).stream()
                .filter(m -> m.bindable() && m.kind() != MaterialMention.Kind.PLAIN_SI).map(MaterialMention::text).toList();
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
    void abbreviationDefinedOnceIsAMaterialLater() {
        java.util.Set<String> abbreviations = new java.util.HashSet<>();
        FINDER.find(tokens("We made a silicon/graphite composite (SGC) by milling."), abbreviations);
        assertEquals(java.util.Set.of("SGC"), abbreviations);
        List<MaterialMention> later = FINDER.find(tokens("Then SGC delivers 70% at 1C."), abbreviations);
        assertEquals(List.of("SGC"), later.stream().map(MaterialMention::text).toList());
        assertEquals(List.of(), FINDER.find(tokens("Then SGC delivers 70% at 1C.")));
    }

    @Test
    void comparedMaterialsAreNeverBound() {
        List<MaterialMention> found = FINDER.find(tokens(
                "The pSi@PC anode delivers 57.9% compared with the porous Si anode."));
        assertEquals(List.of(false, true), found.stream().map(MaterialMention::contrasted).toList());
        int value = "The pSi@PC anode delivers ".length();
        assertEquals("pSi@PC", MaterialFinder.bind(found, value).orElseThrow().text());
        List<MaterialMention> onlyCompared = FINDER.find(tokens("It is 50% higher than other P0.1Si anodes."));
        assertEquals(Optional.empty(), MaterialFinder.bind(onlyCompared, 6));
    }

    @Test
    void sampleLabelBeatsANameInWords() {
        List<MaterialMention> found = FINDER.find(tokens(
                "A novel C(x)Si anode was made by embedding nano Si particles into carbon, giving 79.6% at 5C."));
        assertEquals("C(x)Si", MaterialFinder.bind(found, 80).orElseThrow().text());
    }

    /** J. Power Sources 2020 (C@SGG), p. 4: the 79% is the other electrode's, the 85% C@SGG's. */
    @Test
    void aMaterialOpeningAWhileClauseIsNotBoundToAValueBeforeIt() {
        String text = "The initial charging capacity was 1650 mA h g-1 and its initial Coulombic efficiency was 79%,"
                + " while the C@SGG electrode showed an initial Coulombic efficiency of 85%.";
        List<MaterialMention> found = FINDER.find(tokens(text));
        assertEquals(Optional.empty(), MaterialFinder.bind(found, text.indexOf("79%")));
        assertEquals("C@SGG", MaterialFinder.bind(found, text.indexOf("85%")).orElseThrow().text());
    }

    @Test
    void plainSiIsBoundOnlyAsTheSubjectBeforeTheValueWithWhatQualifiesIt() {
        String text = "The Si electrode in mixed-THF electrolytes delivers 56.4% at 3C.";
        List<MaterialMention> found = FINDER.find(tokens(text));
        assertEquals("Si electrode in mixed-THF electrolytes",
                MaterialFinder.bind(found, text.indexOf("56.4")).orElseThrow().text());
        String after = "It delivers 50% at 8 A g-1, improving the kinetics of Si anodes.";
        assertEquals(Optional.empty(), MaterialFinder.bind(FINDER.find(tokens(after)), after.indexOf("50%")));
        String plain = "This enhances the kinetics of Si anodes, delivering 33.6% retention at 5C.";
        assertEquals("Si", MaterialFinder.bind(FINDER.find(tokens(plain)), plain.indexOf("33.6")).orElseThrow().text());
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
