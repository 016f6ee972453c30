package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.simine.extract.nlp.ElementSymbols;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.extract.read.Document;
import org.simine.extract.table.CellMarkup;
import org.simine.extract.table.Table;
import org.simine.model.Property;
import org.simine.model.Record;
import org.simine.model.Source;

/**
 * Turns tables into records: header semantics from {@code vocab/table-headers.tsv} ({@link ColumnReader}),
 * then every body cell of a value column through its grammar ({@link ValueCell}, {@link CompositeCell}), with
 * the row's material, dopant, conditions ({@link RowContext}) and baseline.
 *
 * <p>Provenance: {@code Source.table(page, null, label, body row (1-based), column (1-based), row snippet,
 * rule id of the header mapping)}; {@code raw} is the value's cell as printed. Records come row by row, left to
 * right. Thread-safe: all state is immutable after construction.
 */
public final class TableRecordExtractor {
    /** Confidence of table values: the header names the property, unlike a sentence that may be ambiguous. */
    public static final double CONFIDENCE = 0.9;
    /** Properties a rate or cycle column conditions; a resistance is not measured "at 2C". */
    private static final Set<Property> RATE_DEPENDENT = EnumSet.of(Property.CAPACITY_RETENTION,
            Property.CYCLING_STABILITY, Property.SPECIFIC_CAPACITY, Property.INITIAL_COULOMBIC_EFFICIENCY);

    private final ColumnReader columns;
    private final ElementSymbols elements;
    private final ValueCell values;
    private final CompositeCell composite;

    TableRecordExtractor(HeaderVocabulary headers, UnitVocabulary units, ElementSymbols elements) {
        this.columns = new ColumnReader(headers, units);
        this.elements = elements;
        this.values = new ValueCell(units);
        this.composite = new CompositeCell(units);
    }

    /** Loads the header, unit and element vocabularies from the classpath. */
    public static TableRecordExtractor create() {
        return new TableRecordExtractor(HeaderVocabulary.load(), UnitVocabulary.load(), ElementSymbols.load());
    }

    /** Records of all tables of a document, with the document's id. */
    public List<Record> extract(Document document, List<Table> tables) {
        List<Record> out = new ArrayList<>();
        tables.forEach(t -> out.addAll(extract(document.id(), t)));
        return List.copyOf(out);
    }

    public List<Record> extract(String docId, Table table) {
        List<Column> cols = columns.columns(table);
        int width = cols.size();
        RowContext.Reader rows = new RowContext.Reader(cols, elements, values, composite);
        List<Record> out = new ArrayList<>();
        for (int r = 0; r < table.bodyRows().size(); r++) {
            List<String> cells = texts(table.bodyRows().get(r), width);
            RowContext row = rows.next(cells);
            for (Column column : cols) {
                String cell = RowContext.text(cells, column);
                if (cell.isEmpty()) {
                    continue;
                }
                Source source = Source.table(table.page(), null, table.label(), r + 1, column.index(), row.snippet(),
                        column.ruleId());
                Supplier<Record.Builder> base = () -> Record.builder().doc(docId).material(row.material())
                        .dopant(row.dopant()).raw(cell).source(source).confidence(CONFIDENCE);
                switch (column.role()) {
                    case VALUE -> values(column, cell, baseline(cols, column, cells), row, base, out);
                    case RATE_PERFORMANCE, CYCLING -> composite(column, cell, row, base, out);
                    default -> {
                        // identity, conditions, references and ignored columns carry no record
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The row's cells by 1-based column, blank where the row has no cell (a body cell sits at its first column). */
    private static List<String> texts(List<Table.Cell> row, int width) {
        String[] cells = new String[width];
        Arrays.fill(cells, "");
        for (Table.Cell cell : row) {
            if (cell.column() >= 1 && cell.column() <= width) {
                // Markup from text exports (TeX, HTML, Unicode scripts) is read as printed; plain text is unchanged.
                cells[cell.column() - 1] = CellMarkup.normalise(cell.text());
            }
        }
        return List.of(cells);
    }

    private void values(Column column, String cell, Quantity baseline, RowContext row,
                        Supplier<Record.Builder> base, List<Record> out) {
        for (Reading reading : values.read(cell)) {
            Quantity q = Quantity.of(reading, column.unit());
            Optional<Property> property = q.unit() == null ? Optional.empty() : column.propertyFor(q.unit());
            if (property.isEmpty()) {
                continue;
            }
            Record.Builder record = base.get();
            record.property(property.get()).unit(q.unit()).value(q.value()).valueMax(q.max())
                    .approx(reading.approx()).comparator(reading.comparator()).temperature(reading.temperature())
                    .factor(reading.factor() == null ? null : reading.factor().doubleValue());
            if (baseline != null && baseline.unit() == q.unit()) {
                record.baseline(baseline.value());
            }
            conditions(record, property.get(), row);
            out.add(record.build());
        }
    }

    private void composite(Column column, String cell, RowContext row, Supplier<Record.Builder> base,
                           List<Record> out) {
        CompositeCell.Parsed parsed = composite.read(cell);
        for (Reading reading : parsed.values()) {
            Quantity q = Quantity.of(reading, null);
            Optional<Property> property = q.unit() == null ? Optional.empty() : column.propertyFor(q.unit());
            if (property.isEmpty()) {
                continue;
            }
            Record.Builder record = base.get();
            record.property(property.get()).unit(q.unit()).value(q.value()).valueMax(q.max())
                    .approx(reading.approx()).comparator(reading.comparator())
                    .rate(parsed.rate() != null ? parsed.rate() : row.rate())
                    .cycles(parsed.cycles() != null ? parsed.cycles() : row.cycles());
            out.add(record.build());
        }
    }

    private static void conditions(Record.Builder record, Property property, RowContext row) {
        if (RATE_DEPENDENT.contains(property)) {
            record.rate(row.rate()).cycles(row.cycles());
        }
    }

    /** The single number of the nearest baseline column of the same property, in its canonical unit, or null. */
    private Quantity baseline(List<Column> cols, Column valueColumn, List<String> cells) {
        List<Property> properties = valueColumn.properties();
        return cols.stream()
                .filter(c -> c.role() == ColumnRole.BASELINE && !properties.isEmpty()
                        && c.properties().contains(properties.get(0)))
                .min(Comparator.comparingInt(c -> Math.abs(c.index() - valueColumn.index())))
                .flatMap(c -> values.single(RowContext.text(cells, c)).map(r -> Quantity.of(r, c.unit())))
                .filter(q -> q.value() != null)
                .orElse(null);
    }
}
