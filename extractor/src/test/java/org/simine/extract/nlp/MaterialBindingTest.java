package org.simine.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.extract.pdf.BlockKind;
import org.simine.extract.pdf.Box;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.read.TextNormaliser;
import org.simine.model.Property;
import org.simine.model.Record;

/** Binding a value to a material named in an earlier sentence of its paragraph or section. */
class MaterialBindingTest {
    private static TextRecordExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = TextRecordExtractor.create();
    }

    @Test
    void pronounSubjectTakesThePreviousSentencesMaterial() {
        Record r = only(extract("The P0.125Si anode was made by ball milling. It delivers a capacity retention of"
                + " 50% at a current density of 8 A g−1."));
        assertEquals("P0.125Si", r.material());
        assertEquals("paragraph", r.source().binding());
        assertEquals(1, r.source().bindingDistance());
        assertEquals(0.75, r.confidence(), 1e-9);
    }

    @Test
    void valueInItsOwnSentenceIsBoundThereWithFullConfidence() {
        Record r = only(extract("The Si@C anode was made. The Si/C anode delivers 60% capacity retention at 1C."));
        assertEquals("Si/C", r.material());
        assertEquals("sentence", r.source().binding());
        assertEquals(0, r.source().bindingDistance());
        assertEquals(MaterialBinding.CONFIDENCE_IN_SENTENCE, r.confidence(), 1e-9);
    }

    @Test
    void aBlankLineEndsTheParagraphAndPlainTextHasNoSectionToFallBackOn() {
        Record r = only(extract("The P0.125Si anode was made by ball milling.\n\nIt delivers a capacity retention"
                + " of 50% at a current density of 8 A g−1."));
        assertNull(r.material());
        String filler = " The slurry was cast on copper foil.".repeat(MaterialContext.WINDOW_WITHOUT_BREAKS);
        assertNull(only(extract("The P0.125Si anode was made." + filler
                + " It delivers a capacity retention of 50% at a current density of 8 A g−1.")).material());
    }

    /** Two paragraph blocks of one PDF section: the first ends a sentence, the second starts a new paragraph. */
    @Test
    void aNewParagraphOfTheSameSectionTakesTheSectionsSubject() {
        String first = "The P0.125Si anode was made by ball milling.";
        String second = "It delivers a capacity retention of 50% at a current density of 8 A g−1.";
        String text = first + "\n" + second;
        Box box = new Box(0, 0, 100, 10);
        Page page = new Page(1, text, List.of(
                new Block(BlockKind.PARAGRAPH, first, box, "2.2 Doping", 0, first.length()),
                new Block(BlockKind.PARAGRAPH, second, box, "2.2 Doping", first.length() + 1, text.length())));
        Record r = only(extractor.extract(new Document("test:doc", Path.of("case.pdf"), null, null, List.of(page), true)));
        assertEquals("P0.125Si", r.material());
        assertEquals("section", r.source().binding());
        assertEquals(1, r.source().bindingDistance());
        assertEquals(0.65, r.confidence(), 1e-9);
    }

    @Test
    void aFigureCaptionNeitherTakesNorGivesTheRunningTextsSubject() {
        String running = "The P0.125Si anode was made by ball milling.";
        String caption = "Fig. 2 It delivers a capacity retention of 50% at a current density of 8 A g−1.";
        String text = running + "\n" + caption;
        Box box = new Box(0, 0, 100, 10);
        Page page = new Page(1, text, List.of(
                new Block(BlockKind.PARAGRAPH, running, box, "2.2 Doping", 0, running.length()),
                new Block(BlockKind.FIGURE_CAPTION, caption, box, "2.2 Doping", running.length() + 1, text.length())));
        Record r = only(extractor.extract(new Document("test:doc", Path.of("case.pdf"), null, null, List.of(page), true)));
        assertNull(r.material());
    }

    @Test
    void aComparedMaterialNeverBecomesTheSubject() {
        Record r = only(extract("This is higher than other P0.1Si anodes. It delivers a capacity retention of 50%"
                + " at a current density of 8 A g−1."));
        assertNull(r.material());
        assertNull(r.source().binding());
        assertEquals(MaterialBinding.CONFIDENCE_WITHOUT_MATERIAL, r.confidence(), 1e-9);
    }

    /** Review p. 12 (seed line 257): plain Si as the subject wins over the earlier sample. */
    @Test
    void plainSiSubjectStopsAnEarlierMaterial() {
        Record r = only(extract("The Si-FEC anode was studied first. Benefiting from the regulated thinner SEI, the Si"
                + " electrode in mixed-THF electrolytes delivers 56.4% capacity retention at a current density of 3C."));
        assertEquals("Si electrode in mixed-THF electrolytes", r.material());
        assertEquals("sentence", r.source().binding());
    }

    /** Real input: review p. 7, "… Si_0.8Sn_0.5Sb anode presents … Due to …, the composite anode has … 1190 mA h g^-1". */
    @Test
    void reviewCompositeAnodeTakesTheParagraphsSample() throws InputException {
        Path pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF not found under simine.root/corpus");
        List<Record> records = extractor.extract(DocumentReaders.read(pdf));
        Record capacity = records.stream().filter(r -> r.property() == Property.SPECIFIC_CAPACITY
                && r.value() == 1190.0).findFirst().orElseThrow();
        assertEquals("Si0.8Sn0.5Sb", capacity.material());
        assertEquals("paragraph", capacity.source().binding());
        assertEquals(7, capacity.source().page());
        // "The MACS anode affords ~36% …" (p. 8) names its own sample: no earlier one may be bound.
        Record macs = records.stream().filter(r -> r.value() != null && r.value() == 36.0
                && r.source().page() == 8).findFirst().orElseThrow();
        assertEquals("MACS", macs.material());
        assertTrue(records.stream().filter(r -> r.source().binding() != null)
                .allMatch(r -> r.source().bindingDistance() >= 0 && r.confidence() <= 0.8));
    }

    private static List<Record> extract(String text) {
        Document document = new Document("test:doc", Path.of("case.txt"), null, null,
                List.of(new Page(1, TextNormaliser.normalise(text))), false);
        return extractor.extract(document);
    }

    private static Record only(List<Record> records) {
        assertEquals(1, records.size(), records::toString);
        return records.get(0);
    }
}
