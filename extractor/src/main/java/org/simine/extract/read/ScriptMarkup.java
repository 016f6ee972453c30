package org.simine.extract.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script markup of page text: {@code ^x} / {@code _x} for a superscript / subscript, braced only when the
 * script holds a space ({@code ^{a, b}}); an unbraced script ends at a space or at a change from digits to letters
 * as in {@code Li_15Si_4} ({@code P_xSi} stays ambiguous: the rules read it as one sample name). This class turns
 * it into plain text for search ({@code cm^2 s^-1} → {@code cm2 s-1}) or into Unicode for display
 * ({@code cm²  s⁻¹}).
 */
public final class ScriptMarkup {
    private static final Pattern BRACED = Pattern.compile("([_^])\\{([^{}]*)\\}");
    private static final Pattern BARE = Pattern.compile("([_^])([^\\s_^{}]+?)(?=[\\s,;:)\\]]|$|\\p{Lu}|[_^])");
    private static final Pattern MARKER = Pattern.compile("(?<=\\S)[_^](?=\\S)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₋₊";
    private static final String ASCII = "0123456789-+";

    private ScriptMarkup() {
    }

    /** Markup removed: braces of scripts and the {@code ^ _} markers between non-space characters. */
    public static String plain(String markup) {
        String s = BRACED.matcher(markup).replaceAll("$2");
        return MARKER.matcher(s).replaceAll("");
    }

    /** Scripts of digits and signs as Unicode super/subscripts; other scripts as plain text. */
    public static String unicode(String markup) {
        String s = BRACED.matcher(markup).replaceAll(m -> Matcher.quoteReplacement(scripted(m.group(1), m.group(2))));
        Matcher m = BARE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(scripted(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return MARKER.matcher(out.toString()).replaceAll("");
    }

    private static String scripted(String marker, String script) {
        String table = marker.equals("^") ? SUPERSCRIPTS : SUBSCRIPTS;
        StringBuilder out = new StringBuilder();
        for (char c : script.toCharArray()) {
            int i = ASCII.indexOf(c);
            if (i < 0) {
                return script;
            }
            out.append(table.charAt(i));
        }
        return out.toString();
    }
}
