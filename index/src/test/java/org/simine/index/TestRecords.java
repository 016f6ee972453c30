package org.simine.index;

import java.util.ArrayList;
import java.util.List;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/** Hand-made records and papers for index tests, shaped like what the extractor gives. */
public final class TestRecords {
    private TestRecords() {
    }

    public static Record rct(String doc, String element, double value, double baseline) {
        return Record.builder().doc(doc).material(element + "-doped Si").property(Property.CHARGE_TRANSFER_RESISTANCE)
                .value(value).unit(Unit.OHM).baseline(baseline).raw(value + " Ω")
                .dopant(Dopant.of(List.of(element), 1.39, Unit.AT_PERCENT))
                .source(Source.table(8, "3.1 Doping", "2", 1, 3, element + "-doped Si " + value + " Ω", "table.rct"))
                .build();
    }

    public static Record dli(String doc, String material, double value) {
        return Record.builder().doc(doc).material(material).property(Property.LI_DIFFUSION_COEFFICIENT).value(value)
                .unit(Unit.CM2_PER_S).raw(value + " cm2 s-1").confidence(0.8)
                .source(Source.text(4, null, 12, 100, 140, "The " + material + " anode delivers a D_Li+ of " + value
                        + " cm2 s-1.", "li_diffusion_coefficient.cue_of_value"))
                .build();
    }

    public static Record retention(String doc, String material, double value, double rate, RateUnit unit) {
        return Record.builder().doc(doc).material(material).property(Property.CAPACITY_RETENTION).value(value)
                .unit(Unit.PERCENT).approx(true).rate(Rate.of(rate, unit)).raw(value + "%").cycles(100)
                .source(Source.text(3, "2.1 Shorten the Li+ diffusion distance", 7, 10, 20, "The " + material
                        + " anode retains " + value + "% at " + Rate.of(rate, unit) + ".", "capacity_retention.verb"))
                .build();
    }

    public static ExtractedPaper paper(String doc, String title, List<String> pages, List<Record> records) {
        List<PageText> texts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            texts.add(new PageText(i + 1, pages.get(i)));
        }
        return new ExtractedPaper(doc, doc.startsWith("10.") ? doc : null, title, pages.size(), texts, records);
    }
}
