package org.simine.extract.table.interpret;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.extract.table.CellMarkup;

/**
 * A header cell split into its name and its unit: {@code RCT (Ohm)}, {@code R_ct/Ω}, {@code Rct [Ω]} and
 * {@code Rct, Ω} all give name {@code RCT}/{@code Rct} and unit {@code Ohm}/{@code Ω}.
 *
 * @param name the header without its unit, markup normalised
 * @param unit the unit text as printed, or null when the header prints none
 */
public record HeaderText(String name, String unit) {
    /** A trailing parenthesised or bracketed part is the unit, whatever it says (an unknown unit is still one). */
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    /** After a slash or a comma only a known unit counts: "Electron/ion conductive" is a name. */
    private static final Pattern SEPARATED = Pattern.compile("^(.*\\S)\\s*[/,]\\s*([^/,]+)$");
    private static final Pattern IGNORED = Pattern.compile("[\\s_^{}$*]|\\.$");
    private static final Pattern DASH = Pattern.compile("[\u2010-\u2015\u2212]");

    public static HeaderText parse(String header, UnitVocabulary units) {
        String s = CellMarkup.normalise(header);
        Matcher bracketed = BRACKETED.matcher(s);
        if (bracketed.matches() && !bracketed.group(1).isEmpty()) {
            String unit = bracketed.group(2).strip();
            return new HeaderText(bracketed.group(1), unit.isEmpty() ? null : unit);
        }
        Matcher separated = SEPARATED.matcher(s);
        if (separated.matches() && units.lookup(separated.group(2).strip()).isPresent()) {
            return new HeaderText(separated.group(1), separated.group(2).strip());
        }
        return new HeaderText(s, null);
    }

    /**
     * The name in the form the vocabulary patterns match: compatibility-folded (sub/superscripts to plain
     * characters), lower case, whitespace, script markers and a final full stop removed, dashes as {@code -}.
     * {@code þ} becomes {@code +}: PDF text of some publishers' fonts gives it for a superscript plus (DLiþ).
     */
    public String key() {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = DASH.matcher(s).replaceAll("-").replace('þ', '+');
        String previous;
        do {
            previous = s;
            s = IGNORED.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s;
    }
}
