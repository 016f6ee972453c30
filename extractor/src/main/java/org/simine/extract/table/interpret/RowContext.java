package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.simine.extract.nlp.ElementSymbols;
import org.simine.model.Dopant;
import org.simine.model.Rate;

/**
 * What a body row says about all of its values: the material, its dopant, and rate/cycle conditions.
 *
 * @param material the material as printed, or {@code <El>-doped Si} for a doping table that prints only elements
 * @param dopant   dopant elements and concentration, or null
 * @param rate     rate from a rate column, or null
 * @param cycles   cycle count from a cycles column, or null
 * @param snippet  the row's non-empty cells joined by single spaces (how a PDF's text layer prints the row)
 */
record RowContext(String material, Dopant dopant, Rate rate, Integer cycles, String snippet) {

    /**
     * Reads row contexts top to bottom. Blank material and element cells continue the row above (doping tables
     * print an element once for several concentrations), so one reader must see the rows in order.
     */
    static final class Reader {
        private static final Pattern ELEMENT_LIST =
                Pattern.compile("\\s*(?:,|;|/|\\band\\b|&)\\s*");
        /** The host of a doping table that names no sample: SiMine reads silicon-anode papers. */
        private static final String HOST = "Si";

        private final List<Column> columns;
        private final ElementSymbols elements;
        private final ValueCell values;
        private final CompositeCell composite;
        private String material = "";
        private String dopantCell = "";

        Reader(List<Column> columns, ElementSymbols elements, ValueCell values, CompositeCell composite) {
            this.columns = columns;
            this.elements = elements;
            this.values = values;
            this.composite = composite;
        }

        RowContext next(List<String> cells) {
            material = continued(material, cell(cells, ColumnRole.MATERIAL));
            dopantCell = continued(dopantCell, cell(cells, ColumnRole.DOPANT));
            List<String> symbols = symbols(dopantCell);
            String name = material;
            if (name.isEmpty() && !symbols.isEmpty()) {
                name = String.join(",", symbols) + "-doped " + HOST;
            } else if (name.isEmpty()) {
                name = dopantCell;
            }
            Dopant dopant = symbols.isEmpty() ? null : dopant(symbols, cells);
            return new RowContext(name.isEmpty() ? null : name, dopant, rate(cells), cycles(cells), snippet(cells));
        }

        private static String continued(String previous, String cell) {
            return cell == null ? "" : cell.isEmpty() ? previous : cell;
        }

        /** The text of the first column with this role, or null when the table has none. */
        private String cell(List<String> cells, ColumnRole role) {
            return first(role).map(c -> text(cells, c)).orElse(null);
        }

        private Optional<Column> first(ColumnRole role) {
            return columns.stream().filter(c -> c.role() == role).findFirst();
        }

        /** Element symbols of a dopant cell ("Sn, Sb"), or none when any part is not an element symbol. */
        private List<String> symbols(String cell) {
            if (cell.isBlank()) {
                return List.of();
            }
            List<String> parts = Arrays.stream(ELEMENT_LIST.split(cell.strip())).filter(p -> !p.isEmpty()).toList();
            return parts.stream().allMatch(elements::contains) ? parts : List.of();
        }

        /** Concentration only when the cell prints one plain number ("5, 10" for two elements does not say which). */
        private Dopant dopant(List<String> symbols, List<String> cells) {
            Optional<Column> column = first(ColumnRole.CONCENTRATION);
            // "∼0.3" is still the concentration; a range, bound or list is not one number.
            List<Reading> readings = column.map(c -> values.read(text(cells, c))).orElse(List.of());
            if (readings.size() != 1 || readings.get(0).value() == null || readings.get(0).max() != null
                    || readings.get(0).comparator() != null) {
                return Dopant.of(symbols, null, null);
            }
            Quantity q = Quantity.of(readings.get(0), column.get().unit());
            return q.unit() != null && column.get().propertyFor(q.unit()).isPresent()
                    ? Dopant.of(symbols, q.value(), q.unit()) : Dopant.of(symbols, null, null);
        }

        private Rate rate(List<String> cells) {
            Optional<Column> column = first(ColumnRole.RATE);
            if (column.isEmpty()) {
                return null;
            }
            String text = text(cells, column.get());
            String withUnit = column.get().unit() != null && text.matches("[\\d.]+")
                    ? text + " " + column.get().unit().surface() : text;
            return composite.read(withUnit).rate();
        }

        private Integer cycles(List<String> cells) {
            Optional<Column> column = first(ColumnRole.CYCLES);
            if (column.isEmpty()) {
                return null;
            }
            String text = text(cells, column.get());
            return text.matches("\\d{1,6}") && Integer.parseInt(text) > 0 ? Integer.valueOf(text) : null;
        }

        private static String snippet(List<String> cells) {
            List<String> printed = new ArrayList<>();
            cells.stream().filter(c -> !c.isBlank()).forEach(printed::add);
            return String.join(" ", printed);
        }
    }

    static String text(List<String> cells, Column column) {
        return column.index() <= cells.size() ? cells.get(column.index() - 1).strip() : "";
    }
}
