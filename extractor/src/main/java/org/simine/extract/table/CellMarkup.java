package org.simine.extract.table;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the markup text exports put in table cells (TeX math, inline HTML, Unicode super/subscripts) into the
 * plain text a typeset table prints: {@code R_{CT} (Ohm)} → {@code RCT (Ohm)}, {@code 1.90×10^{-13}} →
 * {@code 1.90×10−13}, {@code $\sim 10^{-7}$} → {@code ∼ 10−7}, {@code 5 A g ⁻¹ , ~46%} → {@code 5 A g−1, ∼46%}.
 *
 * <p>The rules and their order are those of the gold set's {@code SOURCE.md} ("Table files: format and
 * normalisation"), so a table read from the review's text export has exactly the cells of the gold TSVs.
 * Sub/superscript position is dropped; a minus inside a superscript becomes U+2212, which is how PDF text
 * prints a lost exponent too. Plain text passes through unchanged (the rules are idempotent).
 */
public final class CellMarkup {
    /** U+223C, the approximately sign as printed. */
    public static final char TILDE = '\u223c';
    /** U+2212, the minus sign of exponents. */
    public static final char MINUS = '\u2212';

    private static final Pattern HTML_TAG = Pattern.compile("\\s*</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?>\\s*");
    private static final Pattern SIM = Pattern.compile("\\\\sim\\s*");
    private static final Pattern TEX_SYMBOL = Pattern.compile("\\s*\\\\(times|cdot|approx|pm|le|ge)(?![A-Za-z])\\s*");
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|textrm|mathit|textit)\\{([^{}]*)\\}");
    private static final Pattern SUPERSCRIPT_GROUP = Pattern.compile("\\s*\\^\\{([^{}]*)\\}");
    /** Whitespace between a subscript group and a following letter goes too: {@code Ga _{12.6} Sn} → {@code Ga12.6Sn}. */
    private static final Pattern SUBSCRIPT_GROUP = Pattern.compile("\\s*_\\{([^{}]*)\\}(?:\\s+(?=[A-Za-z]))?");
    private static final Pattern SUPERSCRIPT_CHAR = Pattern.compile("\\s*\\^([^\\s{])");
    private static final Pattern SUBSCRIPT_CHAR = Pattern.compile("\\s*_([^\\s{])");
    private static final String SCRIPTS = "⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉₊₋";
    private static final String SCRIPTS_PLAIN = "+\u22120123456789" + "0123456789+\u2212";
    private static final Pattern SCRIPT_CHAR = Pattern.compile("\\s*([" + SCRIPTS + "])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CellMarkup() {
    }

    public static String normalise(String cell) {
        String s = HTML_TAG.matcher(cell).replaceAll("");
        s = s.replace("$", "");
        s = s.replace('~', TILDE);
        s = SIM.matcher(s).replaceAll(TILDE + " ");
        s = TEX_SYMBOL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(symbol(m.group(1))));
        s = s.replace("\\%", "%");
        String previous;
        do {
            previous = s;
            s = TEXT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = replace(s, SUPERSCRIPT_GROUP, m -> m.group(1).replace('-', MINUS));
            s = replace(s, SUBSCRIPT_GROUP, m -> m.group(1));
        } while (!s.equals(previous));
        s = replace(s, SUPERSCRIPT_CHAR, m -> m.group(1).replace('-', MINUS));
        s = replace(s, SUBSCRIPT_CHAR, m -> m.group(1));
        s = replace(s, SCRIPT_CHAR, m -> String.valueOf(SCRIPTS_PLAIN.charAt(SCRIPTS.indexOf(m.group(1).charAt(0)))));
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.replace(" ,", ",");
    }

    private static String symbol(String command) {
        return switch (command) {
            case "times" -> "×";
            case "cdot" -> "·";
            case "approx" -> "≈";
            case "pm" -> "±";
            case "le" -> "≤";
            default -> "≥";
        };
    }

    private static String replace(String s, Pattern pattern, Function<MatchResult, String> replacement) {
        return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
