package org.simine.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "property:rct value:<60|simine-rct-below-60.csv",
        "''|simine-all.csv",
        "property:retention rate:>=5C|simine-retention-at-least-5c.csv",
        "dopant:P doping:1..5|simine-p-1-to-5.csv",
        "doc:\"10.1039/d4ee05595k\"|simine-10.1039-d4ee05595k.csv",
        "\"LiFSI\" AND property:dli|simine-lifsi-dli.csv",
        "value:<=1e-12|simine-at-most-1e-12.csv"})
    void theNameSaysWhatWasSelected(String query, String name) {
        assertEquals(name, ExportNames.of("simine", query, "csv"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"P-doped Si vs Co-doped Si|simine-compare-p-doped-si-vs-co-doped-si.csv",
        "Si@C vs Li^+/C|simine-compare-si-c-vs-li-plus-c.csv"})
    void compareNamesCarryTheMaterials(String materials, String name) {
        assertEquals(name, ExportNames.of("simine-compare", materials, "csv"));
    }

    @org.junit.jupiter.api.Test
    void longQueriesAreCutAtAWord() {
        String slug = ExportNames.slug("material:silicon-nanowire-arrays ".repeat(5));
        assertEquals(true, slug.length() <= ExportNames.MAX_CHARS, slug);
        assertEquals(false, slug.endsWith("-"), slug);
    }
}
