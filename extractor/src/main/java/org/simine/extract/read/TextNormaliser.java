package org.simine.extract.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.nlp.VocabularyFile;

/**
 * Small, deterministic clean-up of extracted text so that the tokenizer and the rules see one spelling of
 * numbers, units and words. Record offsets index into the text this returns, never into the raw text.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>line breaks to {@code \n}; ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) spelled out; soft hyphens and zero-width characters
 *       dropped; no-break and thin spaces to a plain space; Ω (ohm sign) to Ω; ∼ to ~; ◦C and ˚C to °C;</li>
 *   <li>subscript digits to plain digits ({@code Li₁₅Si₄} → {@code Li15Si4});</li>
 *   <li>superscripts to a caret form ({@code g⁻¹} → {@code g^-1}, {@code cm²} → {@code cm^2}), and simple braced
 *       scripts unbraced ({@code 10^{-12}} → {@code 10^-12}, {@code R_{ct}} → {@code R_ct});</li>
 *   <li>a minus sign (U+2212) that PDF text leaves where a superscript was ({@code g−1}, {@code 10−12}) to the
 *       caret form, every other minus variant to {@code -}; en dashes stay, as they mark ranges, except between
 *       words, where they join a compound name ({@code SiOx–TiO2} → {@code SiOx-TiO2});</li>
 *   <li>an ordinal suffix set as a superscript joined to its number ({@code 50^th} → {@code 50th});</li>
 *   <li>a garbled minus in a unit exponent after a number ({@code mA h g À1}, {@code A gā1}, {@code mAh·g?1},
 *       {@code 10 À12}; the glyphs are listed in {@code vocab/garbled-minus.tsv}), or a minus lost altogether
 *       before a 1 ({@code mAh g1}, {@code cm2 s1}), to the caret form: only after a number and a unit stem, where
 *       nothing else can be meant;</li>
 *   <li>citation numbers glued to punctuation ({@code 5C.⁶⁸}, {@code 5C.^68}, PDF's {@code 5C.68 For})
 *       removed, so they neither become values nor glue two sentences together;</li>
 *   <li>words hyphenated across a line end joined ({@code charg-\ning} → {@code charging}) when both sides are
 *       lower-case; names broken after a capital or digit joined with their hyphen ({@code SHP-\nPEG} →
 *       {@code SHP-PEG}); runs of spaces or tabs collapsed.</li>
 * </ol>
 * Layout work (columns, running headers, tables) is not done here.
 */
public final class TextNormaliser {
    private static final Map<Character, String> CHARACTERS = Map.ofEntries(
            Map.entry('\uFB00', "ff"), Map.entry('\uFB01', "fi"), Map.entry('\uFB02', "fl"),
            Map.entry('\uFB03', "ffi"), Map.entry('\uFB04', "ffl"), Map.entry('\uFB05', "st"), Map.entry('\uFB06', "st"),
            Map.entry('\u00AD', ""), Map.entry('\u200B', ""), Map.entry('\u200C', ""), Map.entry('\u200D', ""),
            Map.entry('\uFEFF', ""), Map.entry('\u00A0', " "), Map.entry('\u2002', " "), Map.entry('\u2003', " "),
            Map.entry('\u2004', " "), Map.entry('\u2005', " "), Map.entry('\u2006', " "), Map.entry('\u2007', " "),
            Map.entry('\u2008', " "), Map.entry('\u2009', " "), Map.entry('\u200A', " "), Map.entry('\u202F', " "),
            Map.entry('\u2126', "\u03A9"), Map.entry('\u2206', "\u0394"), Map.entry('\u223C', "~"), Map.entry('\u02DC', "~"), Map.entry('\t', " "),
            Map.entry('\u2080', "0"), Map.entry('\u2081', "1"), Map.entry('\u2082', "2"), Map.entry('\u2083', "3"),
            Map.entry('\u2084', "4"), Map.entry('\u2085', "5"), Map.entry('\u2086', "6"), Map.entry('\u2087', "7"),
            Map.entry('\u2088', "8"), Map.entry('\u2089', "9"));
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺";
    private static final String SUPERSCRIPT_ASCII = "0123456789-+";

    private static final Pattern DEGREE = Pattern.compile("[\u25E6\u02DA\u2218](?=\\s?[CF]\\b)");
    /** A degree ring set as a superscript ({@code 110^{◦}C}, TeX's {@code ^\circ}) is a degree sign. */
    private static final Pattern SUPERSCRIPT_DEGREE = Pattern.compile("\\^\\{?[\u25E6\u02DA\u2218\u00B0]\\}?");
    /** An en or em dash opening a superscript is a minus ({@code g^{–1}} in word-processor PDFs). */
    private static final Pattern SUPERSCRIPT_DASH = Pattern.compile("(?<=\\^\\{?)[\u2013\u2014]");
    /** A citation list set as a superscript anywhere ({@code ^{3–11}}, {@code ^{6,20–24}}): exponents have no lists. */
    private static final Pattern CITATION_LIST = Pattern.compile(
            "\\^\\{?\\[?\\d{1,3}(?:\\s?[,\u2013]\\s?\\d{1,3})+\\]?\\}?(?=[\\s.,;:)]|$)");
    private static final Pattern SUPERSCRIPT_RUN = Pattern.compile("[" + SUPERSCRIPTS + "][" + SUPERSCRIPTS + ",\u2013]*");
    private static final Pattern BRACED_SCRIPT = Pattern.compile("([_^])\\{([^{}\\s]{1,12})\\}");
    /** U+2212 right after a letter or a bare 10 is an exponent whose superscript position was lost. */
    private static final Pattern LOST_EXPONENT = Pattern.compile("(?<=\\p{L}|(?<![\\d.])10)\u2212(?=\\d)");
    /** Code points that stand for a superscript minus in garbled text (vocab/garbled-minus.tsv). */
    private static final String GARBLED_MINUS = garbledMinusGlyphs();
    /** "10 À12" after a mantissa and a times sign: a garbled exponent of ten. */
    private static final Pattern GARBLED_POWER = Pattern.compile(
            "(?<=[×x*·]\\s?10)\\s?[" + GARBLED_MINUS + "](?=\\d{1,2}(?![\\d.]))");
    /**
     * The unit part that may carry a garbled exponent: a unit stem right after a number ({@code 1200 mA h },
     * {@code 0.5 A }, {@code 980 mAh·}, {@code 10^-12 cm2 }, {@code 0.3 S }), then the base ({@code g}, {@code s},
     * {@code cm}, {@code h}, {@code L}), a garbled minus or none, and the exponent digit. (The glyphs are literal in
     * a character class: none of them is special there.)
     */
    private static final Pattern GARBLED_UNIT_EXPONENT = Pattern.compile(
            "(?<stem>(?<![\\p{L}])(?:[μm]?A\\s?h|[μm]?A|m?S|cm\\s?\\^?2)\\s?[·⋅/]?\\s?)"
                    + "(?<base>g|s|cm|h|L)(?<glyph>\\s?[" + GARBLED_MINUS.replace("?", "\\?") + "])?(?<exp>[1-3])(?![\\p{L}\\d]|[.,]\\d)");
    /** What must come before a garbled unit's stem: a number, so that the exponent belongs to a value's unit. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d\\s?$");
    private static final Pattern MINUS = Pattern.compile("[\u2212\u2012\uFE63\uFF0D]");
    /** Citation after sentence punctuation: superscript kept as caret, or glued digits as PDF text has them. */
    private static final Pattern CARET_CITATION = Pattern.compile(
            "(?<=[.,;:)\\]])\\^\\[?\\d{1,3}(?:[,\u2013-]\\d{1,3})*\\]?(?=\\s|$)");
    private static final Pattern GLUED_CITATION = Pattern.compile(
            "(?<=[\\p{L}%)\\]][.,])\\d{1,3}(?:[,\u2013]\\d{1,3})*(?=\\s|$)", Pattern.MULTILINE);
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{Ll}\\p{Ll})-\n(?=\\p{Ll})");
    /** After a capital or digit the hyphen belongs to a name ({@code SHP-\nPEG}): keep it, drop the break. */
    private static final Pattern LINE_END_NAME_HYPHEN = Pattern.compile("(?<=[\\p{Lu}\\d])-\n(?=[\\p{L}\\d])");
    /** "2.7 at.% P", "1.4 wt. %": the abbreviation's period would end the sentence for the splitter. */
    private static final Pattern ABBREVIATED_PERCENT = Pattern.compile("\\b(at|wt|vol|mol)\\. ?%");
    /** "the 50^th cycle": an ordinal suffix set as a superscript is part of the ordinal. */
    private static final Pattern SUPERSCRIPT_ORDINAL = Pattern.compile("(?<=\\d)\\^\\{?(st|nd|rd|th)\\}?(?!\\p{L})");
    /**
     * An en dash between a word (or a formula ending in digits) and a word joins a compound name ({@code Si–Ge},
     * {@code SiOx–TiO2}, {@code Si@C–PAN}): never a range, which has numbers on both sides; it becomes the hyphen
     * the same names are written with elsewhere, so a name has one spelling.
     */
    private static final Pattern NAME_EN_DASH = Pattern.compile("(?<=\\p{L}\\d{0,3})\u2013(?=\\p{L})");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile(" +(?=\n)");

    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = mapCharacters(text);
        // Each step runs only when the text holds a character its pattern cannot match without (most blocks hold
        // none): the result is the same, and most blocks skip most scans.
        text = replace(SUPERSCRIPT_DEGREE, text, "^", "°");
        text = replace(DEGREE, text, "\u25E6\u02DA\u2218", "°");
        text = containsAny(text, SUPERSCRIPTS) ? superscriptsToCarets(text) : text;
        text = replace(SUPERSCRIPT_DASH, text, "^", "-");
        text = replace(CITATION_LIST, text, "^", "");
        // Braces go even where the script then runs into a letter (P_{x}Si → P_xSi): the rules read the tokens
        // that way, and a sample name is one word either way. Scripts with a space keep their braces.
        text = replace(SUPERSCRIPT_ORDINAL, text, "^", "$1");
        text = replace(BRACED_SCRIPT, text, "{", "$1$2");
        text = replace(LOST_EXPONENT, text, "\u2212", "^-");
        text = repairGarbledExponents(text);
        text = replace(MINUS, text, "\u2212\u2012\uFE63\uFF0D", "-");
        text = replace(NAME_EN_DASH, text, "\u2013", "-");
        text = replace(CARET_CITATION, text, "^", "");
        text = GLUED_CITATION.matcher(text).replaceAll("");
        text = replace(ABBREVIATED_PERCENT, text, "%", "$1%");
        text = text.contains("-\n") ? LINE_END_NAME_HYPHEN.matcher(LINE_END_HYPHEN.matcher(text).replaceAll(""))
                .replaceAll("-") : text;
        text = text.contains("  ") ? SPACES.matcher(text).replaceAll(" ") : text;
        return text.contains(" \n") ? TRAILING_SPACES.matcher(text).replaceAll("") : text;
    }

    /**
     * "1200 mA h g À1" → "1200 mA h g^-1", "1310 mAh g1" → "1310 mAh g^-1", "2.1 × 10 À12" → "2.1 × 10^-12". A
     * missing minus is restored only before a 1 ("mA cm2" may be meant as written, "Ω cm2" is).
     */
    private static String repairGarbledExponents(String text) {
        text = replace(GARBLED_POWER, text, GARBLED_MINUS, "^-");
        if (!text.contains("g1") && !text.contains("s1") && !text.contains("m1") && !containsAny(text, GARBLED_MINUS)) {
            return text;
        }
        Matcher m = GARBLED_UNIT_EXPONENT.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            boolean lost = m.group("glyph") == null;
            if (lost && !m.group("exp").equals("1")
                    || !NUMBER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 8) : out;
            out.append(text, copied, m.end("base")).append("^-").append(m.group("exp"));
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String garbledMinusGlyphs() {
        StringBuilder glyphs = new StringBuilder();
        for (var row : VocabularyFile.rows("/vocab/garbled-minus.tsv", 3)) {
            glyphs.appendCodePoint(Integer.parseInt(row.get(0).substring(2), 16)); // "U+00C0"
        }
        return glyphs.toString();
    }

    /** {@code pattern} replaced in {@code text} when the text holds one of {@code required}, else the text. */
    private static String replace(Pattern pattern, String text, String required, String replacement) {
        return containsAny(text, required) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String mapCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every mapped character but the tab is at or above U+00A0: the map is consulted only for those.
            String replacement = c < '\u00A0' && c != '\t' ? null : CHARACTERS.get(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replacement != null) {
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String superscriptsToCarets(String text) {
        Matcher m = SUPERSCRIPT_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            StringBuilder ascii = new StringBuilder("^");
            for (char c : m.group().toCharArray()) {
                int i = SUPERSCRIPTS.indexOf(c);
                ascii.append(i >= 0 ? SUPERSCRIPT_ASCII.charAt(i) : c);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(ascii.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
