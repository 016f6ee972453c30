package org.simine.extract.table;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the golden table summary: a file, its tables as {@code label:rows×columns/header} in reading
 * order ("1:10x5/h1 2:18x7/h1"), or "-" for none.
 */
record TableSummary(String file, String tables) {
    static TableSummary of(String file, List<Table> tables) {
        String shapes = tables.stream()
                .map(t -> t.label() + ":" + (t.headerRows().size() + t.bodyRows().size()) + "x" + t.columnCount()
                        + "/h" + t.headerRows().size())
                .collect(Collectors.joining(" "));
        return new TableSummary(file, shapes.isEmpty() ? "-" : shapes);
    }

    static TableSummary parse(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected <file> TAB <tables>: " + line);
        }
        return new TableSummary(parts[0], parts[1]);
    }

    String line() {
        return file + "\t" + tables;
    }
}
