package org.simine.extract.table.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.extract.table.Table;
import org.simine.model.Unit;

/** Header texts from the review and from other papers → column meaning, from {@code table/header-cases.tsv}. */
class HeaderCasesTest {
    private static ColumnReader reader;

    @BeforeAll
    static void load() {
        reader = new ColumnReader(HeaderVocabulary.load(), UnitVocabulary.load());
    }

    static Stream<Arguments> cases() {
        return TableCases.rows("/table/header-cases.tsv", 2).stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void header(String header, String expected) {
        List<String> path = header.isBlank() ? List.of()
                : Arrays.stream(header.split("//")).map(String::strip).toList();
        assertEquals(expected, render(reader.column(1, path)), header);
    }

    /** Table 3's two header rows: "Function" spans four check-mark columns that print nothing above them. */
    @Test
    void groupHeaderCoversTheEmptyCellsToItsRight() {
        Table table = Table.ofTexts("3", "", null,
                List.of(List.of("Organic coating", "Function", "", "Rate performance", "Ref."),
                        List.of("", "Electronic conductivity", "Li+ migration", "", "")),
                List.of(List.of("PANI", "✓", "", "3 A g−1, ∼44%", "149")));
        assertEquals(List.of("material", "ignore", "ignore", "rate-performance", "ref"),
                reader.columns(table).stream().map(c -> c.role().id()).toList());
        assertEquals("Function / Li+ migration", reader.columns(table).get(2).header());
    }

    /** Tables 1 and 4 wrap headers over two lines in print; a PDF table layer may give them as two header rows. */
    @Test
    void headerPrintedOverTwoLinesIsOneHeader() {
        Table table = Table.ofTexts("4", "", null,
                List.of(List.of("Component", "Li+ migration", "Li+ conductivity", "Rate", "Ref."),
                        List.of("", "barrier (eV)", "(S cm−1)", "performance", "")),
                List.of(List.of("LiF", "0.71", "3×10−9", "2C, 50%", "183")));
        assertEquals(List.of("material table.header.material",
                        "value table.header.migration_barrier li_migration_barrier eV",
                        "value table.header.ionic_conductivity ionic_conductivity S/cm",
                        "rate-performance table.cell.rate_performance", "ref table.header.ref"),
                reader.columns(table).stream().map(HeaderCasesTest::render).toList());
    }

    /** A group header given with its real column span (as a PDF table layer would) covers each column. */
    @Test
    void explicitColumnSpanMakesAGroup() {
        Table table = new Table("3", "", 5,
                List.of(List.of(new Table.Cell("Coating", 1, 1, 1, null), new Table.Cell("Function", 1, 2, 2, null),
                                new Table.Cell("Rate performance", 1, 4, 1, null)),
                        List.of(new Table.Cell("Li+ migration", 2, 2, 1, null),
                                new Table.Cell("Mechanical strength", 2, 3, 1, null))),
                List.of(List.of(new Table.Cell("PVA", 1, 1, 1, null), new Table.Cell("✓", 1, 3, 1, null),
                        new Table.Cell("3 A g−1, 24.6%", 1, 4, 1, null))));
        assertEquals(List.of("material", "ignore", "ignore", "rate-performance"),
                reader.columns(table).stream().map(c -> c.role().id()).toList());
    }

    static String render(Column c) {
        StringBuilder s = new StringBuilder(c.role().id()).append(' ').append(c.rule() == null ? "-" : c.ruleId());
        if (c.unit() != null && c.role() != ColumnRole.RATE) {
            Unit unit = Unit.fromSymbol(c.unit().canonical());
            s.append(' ').append(c.propertyFor(unit).map(p -> p.id()).orElse("?")).append(' ').append(unit);
            if (c.unit().multiplier() != 1) {
                s.append(" x").append(BigDecimal.valueOf(c.unit().multiplier()).stripTrailingZeros().toPlainString());
            }
        }
        return s.toString();
    }
}
