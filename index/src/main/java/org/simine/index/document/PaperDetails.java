package org.simine.index.document;

import java.util.List;
import java.util.Objects;

/**
 * What the page shows about a paper beyond its records: who wrote it and when, its tables as printed and its
 * numbered reference list. Stored whole on the paper's document; never searched.
 *
 * @param authors    authors in printed order (empty when unknown)
 * @param year       publication year, or null
 * @param tables     the tables the records were read from, in document order
 * @param references the numbered reference list (empty when none was read)
 */
public record PaperDetails(List<String> authors, Integer year, List<TableGrid> tables, List<Reference> references) {
    public static final PaperDetails NONE = new PaperDetails(List.of(), null, List.of(), List.of());

    public PaperDetails {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tables = tables == null ? List.of() : List.copyOf(tables);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public String firstAuthor() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** The table with this label (and page, when both have one), or null. */
    public TableGrid table(String label, Integer page) {
        TableGrid byLabel = null;
        for (TableGrid t : tables) {
            if (Objects.equals(t.label(), label)) {
                if (page == null || t.page() == null || page.equals(t.page())) {
                    return t;
                }
                byLabel = byLabel == null ? t : byLabel;
            }
        }
        return byLabel;
    }

    public Reference reference(int number) {
        for (Reference r : references) {
            if (r.number() == number) {
                return r;
            }
        }
        return null;
    }

    /**
     * A table as plain cell texts, one string per grid column (a spanning cell's text in its first column).
     *
     * @param label   as printed after "Table" ("2", "S1"), or null
     * @param caption caption without the label
     * @param page    1-based page, or null
     * @param header  header rows, top to bottom
     * @param body    body rows; records name them by 1-based row and column
     */
    public record TableGrid(String label, String caption, Integer page, List<List<String>> header,
                            List<List<String>> body) {
        public TableGrid {
            header = header.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One entry of the reference list.
     *
     * @param number its number
     * @param text   as printed
     * @param doi    the DOI printed in it, or null
     */
    public record Reference(int number, String text, String doi) {
    }
}
