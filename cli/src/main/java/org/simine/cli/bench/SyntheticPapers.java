package org.simine.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * Made-up papers for load tests, shaped like extractor output: realistic value ranges per property (D_Li⁺ over six
 * decades), rates in C and A/g, dopants on a third of the records, a few thousand distinct materials, sentences as
 * snippets and a handful of text passages per paper (one paper in ten mentions LiFSI). Seeded, so runs compare.
 */
final class SyntheticPapers {
    private static final String[] MATERIALS = {"Si@C", "Si/C", "Si NW", "P-doped Si", "SiOx@C", "Si-graphite",
            "YS-Si/C", "Si NP", "SiMn05%", "P0.125Si", "C(x)Si", "Cu@Si@Cu", "Gr-Si", "B-doped Si", "Si@TiO2"};
    private static final String[] DOPANTS = {"P", "B", "N", "Mn", "Al", "Ge", "Fe", "Ti"};
    private static final String[] WORDS = {"silicon", "anode", "lithium", "interface", "electrolyte", "diffusion",
            "kinetics", "coating", "carbon", "nanowire", "particle", "expansion", "conductivity", "impedance", "rate",
            "capacity", "retention", "cycling", "binder", "porous", "composite", "doping", "SEI", "LiF", "fast"};
    private static final Property[] PROPERTIES = {Property.CHARGE_TRANSFER_RESISTANCE,
            Property.LI_DIFFUSION_COEFFICIENT, Property.CAPACITY_RETENTION, Property.CAPACITY_RETENTION,
            Property.INITIAL_COULOMBIC_EFFICIENCY, Property.SPECIFIC_CAPACITY, Property.CYCLING_STABILITY};

    private final Random random;

    SyntheticPapers(long seed) {
        this.random = new Random(seed);
    }

    ExtractedPaper paper(int n, int records, int passages) {
        String doc = String.format("10.9999/synthetic.%06d", n);
        List<Record> out = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            out.add(record(doc, i));
        }
        List<PageText> pages = new ArrayList<>();
        for (int p = 0; p < passages; p++) {
            pages.add(new PageText(p + 1, sentence(60 + random.nextInt(60)) + (n % 10 == 0 && p == 1
                    ? " The electrolyte was 1 M LiFSI in EC/DEC." : "")));
        }
        return new ExtractedPaper(doc, doc, "Synthetic paper " + n + " on " + WORDS[random.nextInt(WORDS.length)],
                passages, pages, out);
    }

    private Record record(String doc, int i) {
        Property property = PROPERTIES[random.nextInt(PROPERTIES.length)];
        String material = MATERIALS[random.nextInt(MATERIALS.length)] + (random.nextInt(4) == 0
                ? "-" + random.nextInt(500) : "");
        Record.Builder b = Record.builder().doc(doc).material(material).property(property);
        double value = switch (property) {
            case CHARGE_TRANSFER_RESISTANCE -> Math.pow(10, 0.5 + 2.5 * random.nextDouble());
            case LI_DIFFUSION_COEFFICIENT -> Math.pow(10, -15 + 6 * random.nextDouble());
            case SPECIFIC_CAPACITY -> 300 + 3200 * random.nextDouble();
            case INITIAL_COULOMBIC_EFFICIENCY -> 60 + 35 * random.nextDouble();
            default -> 20 + 79 * random.nextDouble();
        };
        value = Math.round(value * 1000) / 1000.0;
        Unit unit = property.units().iterator().next();
        b.value(value == 0 ? 1e-15 : value).unit(unit).raw(value + " " + unit);
        if (property == Property.CAPACITY_RETENTION || property == Property.CYCLING_STABILITY) {
            b.rate(random.nextBoolean() ? Rate.of(new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10, 20}[random.nextInt(8)],
                    RateUnit.C) : Rate.of(new double[] {0.1, 0.2, 0.5, 1, 2, 3.2, 5, 8}[random.nextInt(8)],
                    RateUnit.A_PER_G));
        }
        if (property == Property.CYCLING_STABILITY) {
            b.cycles(100 * (1 + random.nextInt(20)));
        }
        if (random.nextInt(3) == 0) {
            b.dopant(Dopant.of(List.of(DOPANTS[random.nextInt(DOPANTS.length)]), 0.5 + random.nextInt(10),
                    Unit.AT_PERCENT));
        }
        String snippet = "The " + material + " anode shows " + property.id().replace('_', ' ') + " of " + value + " "
                + unit + ". " + sentence(12);
        return b.source(Source.text(1 + i / 10, null, i, 0, snippet.length(), snippet, "synthetic")).build();
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i % 15 == 14 ? ". " : " ");
        }
        return sb.toString().strip() + ".";
    }
}
