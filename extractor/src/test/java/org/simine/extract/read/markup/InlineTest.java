package org.simine.extract.read.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineTest {
    @Test
    void bracketedCitationGroupsGoWithTheirBrackets() {
        Inline in = new Inline().text("between the layers [").citation().text(", ").citation().text("\u2013")
                .citation().text("]. During");
        assertEquals("between the layers. During", in.toString());
    }

    @Test
    void superscriptCitationsGoAndRealScriptsStay() {
        Inline cite = new Inline().citation().text(",").citation();
        Inline minusOne = new Inline().text("\u22121");
        Inline in = new Inline().text("vehicles.").script('^', cite).text(" It delivers 514.5 mA h g")
                .script('^', minusOne).text(" at 0.2 C");
        assertEquals("vehicles. It delivers 514.5 mA h g^\u22121 at 0.2 C", in.toString());
    }

    @Test
    void scriptsWithASpaceAreBracedAndEmptyOnesVanish() {
        Inline in = new Inline().text("R").script('_', new Inline().text("ct")).text(" of Li")
                .script('^', new Inline().text("a b")).script('^', new Inline().text(" "));
        assertEquals("R_ct of Li^{a b}", in.toString());
    }

    @Test
    void aPointerBetweenTwoWordsLeavesASpace() {
        assertEquals("MoO2/C nanostructures",
                new Inline().text("MoO2/C").citation().text("nanostructures").toString());
    }

    @Test
    void parenthesesAroundOtherTextStay() {
        assertEquals("(ref. 15) and (Fig. 2)",
                new Inline().text("(ref. 15) and (Fig. 2)").toString());
    }
}
