package org.simine.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.simine.index.search.FacetDimension;

class SnippetsTest {
    @Test
    void highlightedSnippetsBecomeAlternatingParts() {
        assertEquals("[{\"text\":\"the \",\"mark\":false},{\"text\":\"P-doped\",\"mark\":true},{\"text\":\" Si \",\"mark\":false},"
                + "{\"text\":\"53.1 Ω\",\"mark\":true}]", Snippets.fromHighlighted("the **P-doped** Si **53.1 Ω**").toString());
        assertEquals("[{\"text\":\"<b>plain</b>\",\"mark\":false}]", Snippets.fromHighlighted("<b>plain</b>").toString());
        assertEquals("[]", Snippets.fromHighlighted(null).toString());
    }

    @Test
    void theValueIsMarkedInTheWholeSourceText() {
        assertEquals("[{\"text\":\"ICE of \",\"mark\":false},{\"text\":\"86.9%\",\"mark\":true},{\"text\":\" <script>\",\"mark\":false}]",
                Snippets.withValue("ICE of 86.9% <script>", "86.9%").toString());
        assertEquals("[{\"text\":\"no value here\",\"mark\":false}]", Snippets.withValue("no value here", "5%").toString());
    }

    @Test
    void facetFiltersAreQueryTermsQuotedWhenNeeded() {
        assertEquals("property:charge_transfer_resistance",
                FacetFilters.of(FacetDimension.PROPERTY, "charge_transfer_resistance"));
        assertEquals("rate_unit:mA/cm^2", FacetFilters.of(FacetDimension.RATE_UNIT, "mA/cm^2"));
        assertEquals("doc:\"10.1039/d4ee05595k\"", FacetFilters.of(FacetDimension.PAPER, "10.1039/d4ee05595k"));
        assertEquals("material:\"Si NW\"", FacetFilters.of(FacetDimension.MATERIAL, "Si NW"));
        assertNull(FacetFilters.of(FacetDimension.MATERIAL, "a \"b\""));
    }
}
