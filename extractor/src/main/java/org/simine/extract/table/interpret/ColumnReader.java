package org.simine.extract.table.interpret;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.simine.extract.nlp.UnitVocabulary;
import org.simine.extract.table.Table;
import org.simine.model.Unit;

/**
 * Reads the header rows of a table into one {@link Column} per grid column.
 *
 * <p>Several header rows form a path per column ({@link HeaderGrid}): group headers spanning several columns, then
 * the column's own header (stacked lines of one header, as in a wrapped "Li+ migration / barrier (eV)", are
 * joined). A group header that maps to {@link ColumnRole#IGNORE} makes its columns ignored (Table 3's
 * "Function" over four check-mark columns); otherwise the column's own header wins, then the joined path,
 * then the group headers.
 */
public final class ColumnReader {
    /** Roles whose numbers need a value unit from the header (or the rule's default). */
    private static final Set<ColumnRole> VALUE_ROLES =
            EnumSet.of(ColumnRole.VALUE, ColumnRole.BASELINE, ColumnRole.CONCENTRATION);

    private final HeaderVocabulary vocabulary;
    private final UnitVocabulary units;

    public ColumnReader(HeaderVocabulary vocabulary, UnitVocabulary units) {
        this.vocabulary = vocabulary;
        this.units = units;
    }

    public List<Column> columns(Table table) {
        int width = width(table);
        HeaderGrid grid = HeaderGrid.of(table, width);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(column(c + 1, grid.path(c)));
        }
        return List.copyOf(columns);
    }

    /** Number of grid columns: the rightmost column any header or body cell covers. */
    static int width(Table table) {
        int width = 0;
        for (List<List<Table.Cell>> part : List.of(table.headerRows(), table.bodyRows())) {
            for (List<Table.Cell> row : part) {
                for (Table.Cell cell : row) {
                    width = Math.max(width, cell.column() + cell.columnSpan() - 1);
                }
            }
        }
        return width;
    }

    /** The column a header path maps to; public for the header-mapping tests. */
    public Column column(int index, List<String> path) {
        String header = String.join(" / ", path);
        if (path.isEmpty()) {
            return Column.ignored(index, header, null);
        }
        List<HeaderText> texts = path.stream().map(p -> HeaderText.parse(p, units)).toList();
        for (HeaderText group : texts.subList(0, texts.size() - 1)) {
            Optional<HeaderRule> rule = vocabulary.match(group);
            if (rule.isPresent() && rule.get().role() == ColumnRole.IGNORE) {
                return Column.ignored(index, header, rule.get());
            }
        }
        List<HeaderText> candidates = new ArrayList<>();
        candidates.add(texts.get(texts.size() - 1));
        if (texts.size() > 1) {
            candidates.add(HeaderText.parse(String.join(" ", path), units));
            for (int i = texts.size() - 2; i >= 0; i--) {
                candidates.add(texts.get(i));
            }
        }
        for (HeaderText candidate : candidates) {
            Optional<HeaderRule> rule = vocabulary.match(candidate);
            if (rule.isPresent()) {
                return resolve(index, header, rule.get(), printedUnit(candidate, texts));
            }
        }
        return Column.ignored(index, header, null);
    }

    /** The unit the matched header prints, else one printed by another header of the path (a group's unit). */
    private static String printedUnit(HeaderText matched, List<HeaderText> path) {
        if (matched.unit() != null) {
            return matched.unit();
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).unit() != null) {
                return path.get(i).unit();
            }
        }
        return null;
    }

    private Column resolve(int index, String header, HeaderRule rule, String printedUnit) {
        if (rule.role() == ColumnRole.RATE) {
            Optional<UnitVocabulary.Entry> unit = Optional.ofNullable(printedUnit).flatMap(units::lookup)
                    .filter(u -> u.kind() == UnitVocabulary.Kind.RATE);
            return unit.isPresent() || printedUnit == null
                    ? new Column(index, header, rule.role(), rule, unit.orElse(null))
                    : Column.ignored(index, header, rule);
        }
        if (!VALUE_ROLES.contains(rule.role())) {
            return new Column(index, header, rule.role(), rule, null);
        }
        Optional<UnitVocabulary.Entry> unit;
        if (printedUnit != null) {
            unit = units.lookup(printedUnit).filter(u -> u.kind() == UnitVocabulary.Kind.VALUE);
        } else if (rule.defaultUnit() != null && !rule.unitRequired()) {
            unit = Optional.of(new UnitVocabulary.Entry(rule.defaultUnit(), UnitVocabulary.Kind.VALUE,
                    rule.defaultUnit(), 1));
        } else {
            unit = Optional.empty();
        }
        Column column = new Column(index, header, rule.role(), rule, unit.orElse(null));
        boolean fits = unit.isPresent() && column.propertyFor(Unit.fromSymbol(unit.get().canonical())).isPresent();
        return fits ? column : Column.ignored(index, header, rule);
    }
}
