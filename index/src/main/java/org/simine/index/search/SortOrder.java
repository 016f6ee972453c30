package org.simine.index.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.simine.index.document.IndexField;

/**
 * How results are ordered. Every order ends with paper and position in the paper, so equal keys keep reading
 * order and results are stable. Records without the sort key come last in both directions.
 *
 * @param key        what to sort by
 * @param descending largest first
 */
public record SortOrder(Key key, boolean descending) {
    public enum Key {
        /** Best text match first; for queries without words, paper and reading order. */
        RELEVANCE(null),
        VALUE(IndexField.VALUE),
        RATE(IndexField.RATE),
        CYCLES(IndexField.CYCLES),
        BASELINE(IndexField.BASELINE),
        /** Material name, code-point order. */
        MATERIAL(IndexField.MATERIAL),
        /** Property id. */
        PROPERTY(IndexField.PROPERTY),
        CONFIDENCE(IndexField.CONFIDENCE),
        PAGE(IndexField.PAGE),
        /** Paper id, then reading order. */
        PAPER(null);

        private final IndexField field;

        Key(IndexField field) {
            this.field = field;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The field sorted by, null for relevance and paper order. */
        IndexField field() {
            return field;
        }

        /** Sorted by a keyword's doc values rather than a number's. */
        boolean keyword() {
            return this == MATERIAL || this == PROPERTY;
        }
    }

    public static final SortOrder RELEVANCE = new SortOrder(Key.RELEVANCE, false);
    public static final SortOrder PAPER = new SortOrder(Key.PAPER, false);

    /**
     * Reads {@code value}, {@code -value} (descending), {@code value:desc}, {@code value:asc}.
     *
     * @throws IllegalArgumentException naming the accepted keys
     */
    public static SortOrder parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        boolean descending = false;
        if (s.startsWith("-")) {
            descending = true;
            s = s.substring(1);
        } else if (s.endsWith(":desc")) {
            descending = true;
            s = s.substring(0, s.length() - 5);
        } else if (s.endsWith(":asc")) {
            s = s.substring(0, s.length() - 4);
        }
        for (Key k : Key.values()) {
            if (k.id().equals(s)) {
                return new SortOrder(k, descending);
            }
        }
        throw new IllegalArgumentException("unknown sort '" + text + "' (use " + names()
                + "; prefix - or suffix :desc for largest first)");
    }

    public static String names() {
        return Arrays.stream(Key.values()).map(Key::id).collect(Collectors.joining(", "));
    }

    /** The Lucene sort for this order. */
    public Sort toSort() {
        SortField doc = new SortField(IndexField.DOC.fieldName(), SortField.Type.STRING);
        SortField ordinal = new SortField(IndexField.ORDINAL.fieldName(), SortField.Type.LONG);
        return switch (key) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, doc, ordinal);
            case PAPER -> new Sort(new SortField(IndexField.DOC.fieldName(), SortField.Type.STRING, descending),
                    ordinal);
            case MATERIAL, PROPERTY -> new Sort(keyword(key.field, descending), doc, ordinal);
            default -> new Sort(numeric(key.field, descending), doc, ordinal);
        };
    }

    /** Numbers are indexed as sortable longs, which order like the doubles they encode. */
    private static SortField numeric(IndexField field, boolean descending) {
        SortField sort = new SortField(field.fieldName(), SortField.Type.LONG, descending);
        sort.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        return sort;
    }

    /** Keywords are indexed as sorted-set doc values (they are facets too); a record has at most one of these. */
    private static SortField keyword(IndexField field, boolean descending) {
        SortedSetSortField sort = new SortedSetSortField(field.fieldName(), descending);
        sort.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return sort;
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + key.id();
    }
}
