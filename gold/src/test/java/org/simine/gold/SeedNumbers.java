package org.simine.gold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers printed in the seed's normalised text, for the seed checks of the table and prose gold. */
final class SeedNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:\\.\\d+)?) ?× ?10" + SeedTablesTest.MINUS + "(\\d+)"   // 5.5 × 10−2, 1.90×10−13
                    + "|(?<![\\d.×])10" + SeedTablesTest.MINUS + "(\\d+)"     // 10−14
                    + "|(\\d+(?:\\.\\d+)?)");                                 // 36, 0.32, 2.5

    private SeedNumbers() {
    }

    /** The numbers in a text, with 5.5 × 10−2 read as 0.055 and 10−14 as 1e-14. */
    static List<Double> in(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(new BigDecimal(m.group(1)).scaleByPowerOfTen(-Integer.parseInt(m.group(2))).doubleValue());
            } else if (m.group(3) != null) {
                out.add(BigDecimal.ONE.scaleByPowerOfTen(-Integer.parseInt(m.group(3))).doubleValue());
            } else {
                out.add(Double.parseDouble(m.group(4)));
            }
        }
        return out;
    }
}
