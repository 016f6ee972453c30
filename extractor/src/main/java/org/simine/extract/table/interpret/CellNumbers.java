package org.simine.extract.table.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.NumberParser;

/**
 * Number shapes of table cells and the splitting shared by the cell grammars. Cells come normalised by
 * {@code CellMarkup}: a printed exponent is {@code 10−13} (U+2212, superscript position lost) or {@code 10^-13}.
 * An ASCII hyphen between two numbers is a range ({@code 0.28-0.33}); after {@code ×10} it is an exponent.
 */
final class CellNumbers {
    static final String DECIMAL = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";
    /** {@code 1.90×10−13}, {@code 6x10^-6}, {@code 10−8}, {@code 10^{-8}}; a bare 10 needs ^ or U+2212. */
    static final String POWER = "(?:" + DECIMAL + ")\\s*[×x·*]\\s*10(?:\\s*\\^\\s*)?[-\u2212+]?\\d{1,3}"
            + "|10(?:\\s*\\^\\s*[-\u2212+]?|\u2212)\\d{1,3}";
    static final String E_NOTATION = "\\d+(?:\\.\\d+)?[eE][-\u2212+]?\\d{1,3}";
    static final String NUMBER = "(?:" + POWER + "|" + E_NOTATION + "|" + DECIMAL + ")";
    static final String APPROX = "[\u223c~\u2248\u2243]|ca\\.|approx\\.?|about|nearly";

    private static final Pattern POWER_PARTS =
            Pattern.compile("(?:(" + DECIMAL + ")[×x·*])?10\\^?([-+]?\\d{1,3})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CellNumbers() {
    }

    /** The exact decimal a {@link #NUMBER} match denotes, via the text rules' {@link NumberParser}. */
    static Optional<BigDecimal> decimal(String number) {
        String s = SPACES.matcher(number).replaceAll("").replace('\u2212', '-');
        Matcher power = POWER_PARTS.matcher(s);
        boolean isPower = power.matches() && (power.group(1) != null || !s.matches("\\d+(?:\\.\\d+)?"));
        if (isPower) {
            s = (power.group(1) == null ? "" : power.group(1) + "×") + "10^" + power.group(2);
        }
        return NumberParser.parse(s);
    }

    /**
     * Splits at {@code separator} matches outside parentheses: {@code 6×10−6 (50 °C), 1e-5} keeps the
     * parenthesised note with its number. Parts are stripped; empty parts are kept so a caller sees them.
     */
    static List<String> split(String text, Pattern separator) {
        List<String> parts = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int start = 0;
        while (m.find()) {
            if (depth(text, m.start()) == 0) {
                parts.add(text.substring(start, m.start()).strip());
                start = m.end();
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static int depth(String text, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
