package org.simine.index.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a record is about silicon, decided once at ingest for the page's "silicon anodes only" switch: its
 * material names Si (the element symbol not followed by a lower-case letter, so "Si@C", "SiO_x", "P_0.125Si" but
 * not "Sn" or "Sinter"; or the word silicon), or its paper mentions silicon — the word "silicon", or "Si" as a
 * word — at least {@link #PAPER_MENTIONS} times in its title and text (once may be a substrate or a
 * wafer in a paper about something else).
 */
public final class SiliconMention {
    /** Mentions that make a paper about silicon. */
    static final int PAPER_MENTIONS = 3;

    private static final Pattern IN_MATERIAL = Pattern.compile("Si(?!\\p{Ll})|(?i)silicon");
    private static final Pattern IN_TEXT = Pattern.compile("\\bSi\\b|(?i:\\bsilicon)");

    private SiliconMention() {
    }

    public static boolean material(String material) {
        return material != null && IN_MATERIAL.matcher(material).find();
    }

    /** True when the title and texts together mention silicon at least {@link #PAPER_MENTIONS} times. */
    public static boolean paper(String title, List<String> texts) {
        int n = count(title, PAPER_MENTIONS);
        for (String text : texts) {
            if (n >= PAPER_MENTIONS) {
                break;
            }
            n += count(text, PAPER_MENTIONS - n);
        }
        return n >= PAPER_MENTIONS;
    }

    private static int count(String text, int enough) {
        if (text == null) {
            return 0;
        }
        Matcher m = IN_TEXT.matcher(text);
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
