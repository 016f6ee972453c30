package org.simine.extract.handchecked;

import java.util.Locale;
import java.util.Objects;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

/**
 * One row of {@code hand-checked/si-papers.tsv}: a value read by hand from a paper, with the facts a record must
 * carry to count as that value. Empty rate or cycles mean the source states none, so the record must have none.
 *
 * @param missReason why SiMine misses the value today; empty when it extracts it
 */
record HandCheckedValue(String file, int page, String where, String material, Property property, double value,
                        Unit unit, Rate rate, Integer cycles, String note, String missReason) {
    static final String HEADER = "file\tpage\twhere\tmaterial\tproperty\tvalue\tunit\trate\tcycles\tnote\texpected_to_fail";
    /** Relative tolerance for values and rates: "exact or 1 %". */
    private static final double TOLERANCE = 0.01;

    static HandCheckedValue parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 11) {
            throw new IllegalArgumentException("want 11 tab-separated columns, got " + c.length + ": " + line);
        }
        return new HandCheckedValue(c[0], Integer.parseInt(c[1]), c[2], c[3], Property.fromId(c[4]),
                Double.parseDouble(c[5]), Unit.fromSymbol(c[6]), parseRate(c[7]),
                c[8].isEmpty() ? null : Integer.valueOf(c[8]), c[9], c[10].trim());
    }

    /** "0.1 A/g", "2 C"; empty → null. */
    private static Rate parseRate(String text) {
        if (text.isBlank()) {
            return null;
        }
        int space = text.indexOf(' ');
        return Rate.of(Double.parseDouble(text.substring(0, space)), RateUnit.fromSymbol(text.substring(space + 1)));
    }

    boolean expectedToFail() {
        return !missReason.isEmpty();
    }

    /** Same property, unit, value and rate (within 1 %), cycles and page; the material is checked separately. */
    boolean sameFacts(Record r) {
        return sameValue(r) && sameRate(r.rate()) && Objects.equals(r.cycles(), cycles);
    }

    /** Same property, unit, value (within 1 %) and page: the value itself, whatever its conditions. */
    boolean sameValue(Record r) {
        return r.property() == property && r.unit() == unit && r.value() != null && close(r.value(), value)
                && r.source() != null && r.source().page() != null && r.source().page() == page;
    }

    /**
     * A record names the material if it has none (binding is a separate stage) or the hand-checked name, possibly
     * with a qualifier after a space ("C@SGG" for "C@SGG 10%", "Si-TiON" for "Si-TiON (1:1)"), ignoring case.
     */
    boolean materialAgrees(Record r) {
        if (r.material() == null) {
            return true;
        }
        String a = r.material().toLowerCase(Locale.ROOT).trim();
        String b = material.toLowerCase(Locale.ROOT).trim();
        return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
    }

    boolean extractedAs(Record r) {
        return sameFacts(r) && materialAgrees(r);
    }

    private boolean sameRate(Rate r) {
        if (rate == null || r == null) {
            return rate == r;
        }
        return rate.unit() == r.unit() && close(r.value(), rate.value());
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= Math.abs(expected) * TOLERANCE;
    }

    @Override
    public String toString() {
        return file.substring(0, Math.min(24, file.length())) + "… p" + page + " " + material + " " + property + " "
                + value + " " + unit + (rate == null ? "" : " @" + rate) + (cycles == null ? "" : " x" + cycles);
    }
}
