package org.simine.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            property:charge_transfer_resistance value:<60 dopant:P | (property:charge_transfer_resistance AND value:[-inf,60.0) AND dopant:P)
            property:capacity_retention value:>=70 rate:>=5C      | (property:capacity_retention AND value:[70.0,+inf] AND (rate:[5.0,+inf] AND rate_unit:C))
            "LiFSI" AND property:li_diffusion_coefficient         | ("LiFSI" AND property:li_diffusion_coefficient)
            material:Si@C                                         | material:si@c
            material:"Si NW"                                      | material:si nw
            value:<1e-12                                          | value:[-inf,1.0E-12)
            value:<0.06kOhm                                       | (value:[-inf,60.0) AND unit:Ohm)
            value:<=60Ω                                           | (value:[-inf,60.0] AND unit:Ohm)
            value:<1.3×10^-12cm^2/s                               | (value:[-inf,1.3E-12) AND unit:cm^2/s)
            value:>1e-16m2/s                                      | (value:(1.0E-12,+inf] AND unit:cm^2/s)
            value:50..70%                                         | (value:[50.0,70.0] AND unit:%)
            value:70..50                                          | value:[50.0,70.0]
            rate:>=2A/g                                           | (rate:[2.0,+inf] AND rate_unit:A/g)
            rate:>=500mA/g                                        | (rate:[0.5,+inf] AND rate_unit:A/g)
            rate:>1mAcm-2                                         | (rate:(1.0,+inf] AND rate_unit:mA/cm^2)
            rate:<C                                               | ERROR
            doping:<=2at%                                         | (doping:[-inf,2.0] AND doping_unit:at%)
            cycles:>=100                                          | cycles:[100.0,+inf]
            property:rct                                          | property:charge_transfer_resistance
            property:R_ct                                         | property:charge_transfer_resistance
            property:dli                                          | property:li_diffusion_coefficient
            property:D_Li+                                        | property:li_diffusion_coefficient
            property:retention                                    | (property:capacity_retention OR (property:cycling_stability AND unit:%))
            property:Retention value:>=80                         | ((property:capacity_retention OR (property:cycling_stability AND unit:%)) AND value:[80.0,+inf])
            property:rate_retention                               | property:capacity_retention
            property:cycling                                      | property:cycling_stability
            property:ICE                                          | property:initial_coulombic_efficiency
            dopant:mn                                             | dopant:Mn
            source:TABLE                                          | source:table
            unit:ohm                                              | unit:Ohm
            rate_unit:mA/g                                        | rate_unit:A/g
            doc:10.1039/D4EE05595K                                | doc:10.1039/d4ee05595k
            title:"Si anodes"                                     | title:"Si anodes"
            a OR b c                                              | (a OR (b AND c))
            NOT dopant:P OR x                                     | (NOT dopant:P OR x)
            (a OR b) NOT c                                        | ((a OR b) AND NOT c)
            NOT NOT a                                             | NOT NOT a
            LiFSI and D_Li                                        | (LiFSI AND and AND D_Li)
            ((x))                                                 | x
            """)
    void parsesToCanonicalForm(String query, String expected) throws Exception {
        if (expected.equals("ERROR")) {
            assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
            return;
        }
        assertEquals(expected, QueryParser.parse(query).toString());
    }

    @Test
    void emptyQueryMatchesEverything() throws Exception {
        assertInstanceOf(QueryNode.All.class, QueryParser.parse(""));
        assertInstanceOf(QueryNode.All.class, QueryParser.parse("   "));
    }

    @Test
    void equalityToleratesUnitConversionRounding() throws Exception {
        var range = (QueryNode.Range) ((QueryNode.And) QueryParser.parse("value:0.0531kOhm")).clauses().get(0);
        assertTrue(range.min() <= 53.1 && 53.1 <= range.max(), range.toString());
        assertTrue(range.max() - range.min() < 1e-6, range.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            dopant:Si value:<abc      | 18 | expected a number after 'value:<'
            value:>=                  | 9  | expected a number after 'value:>='
            foo:bar                   | 1  | unknown field 'foo' (fields: property, material,
            property:resistivity      | 10 | unknown property 'resistivity' (use an id such as
            rate:>=5                  | 9  | a rate needs a unit: C, A/g, mA/g or mA/cm2
            value:<60kohms            | 10 | unknown unit 'kohms' (known: ohm,
            cycles:>100x              | 12 | cycles takes a plain number, not 'x'
            (property:rct             | 14 | expected ')' to close the '(' at 1, found end of query
            property:rct)             | 13 | ')' without a matching '('
            `"LiFSI`                  | 1  | missing closing '"' for the phrase started here
            LiFSI AND                 | 10 | expected a search term after 'AND'
            AND x                     | 1  | expected a search term before 'AND'
            NOT                       | 4  | expected a search term after 'NOT'
            ()                        | 2  | expected a search term after '(', found ')'
            dopant:                   | 8  | expected a value after 'dopant:'
            dopant:Phosphorus         | 8  | expected an element symbol such as P, B or Mn, got 'Phosphorus'
            value:50..                | 11 | expected a number after '..'
            value:<50..60             | 7  | a range a..b takes no comparison
            source:pdf                | 8  | source is one of text, table, got 'pdf'
            %                         | 1  | '%' has no letters or digits to search for
            value:<60 OR OR x         | 14 | expected a search term after 'OR', found 'OR'
            """)
    void reportsProblemsWithTheirPosition(String query, int position, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().startsWith("query error at " + position + ": " + message), e.getMessage());
    }
}
