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
