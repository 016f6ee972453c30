package org.simine.index.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed query, independent of Lucene: what {@link QueryParser} builds and {@link QueryCompiler} turns into a
 * Lucene query. Values are already normalised (property aliases resolved, numbers in canonical units), and
 * {@link #toString()} prints the canonical form, which tests and {@code --explain} style output can compare.
 */
public sealed interface QueryNode {

    /** The empty query: every record. */
    record All() implements QueryNode {
        @Override
        public String toString() {
            return "*";
        }
    }

    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String toString() {
            return clauses.stream().map(QueryNode::toString).collect(Collectors.joining(" AND ", "(", ")"));
        }
    }

    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String toString() {
            return clauses.stream().map(QueryNode::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    record Not(QueryNode clause) implements QueryNode {
        @Override
        public String toString() {
            return "NOT " + clause;
        }
    }

    /**
     * Words or a phrase matched against the record's own text and against the full text of its paper (passages
     * and title): {@code LiFSI AND property:dli} finds D_Li⁺ records of papers that mention LiFSI anywhere.
     * Records that contain the words themselves rank first.
     */
    record FreeText(String text, boolean phrase) implements QueryNode {
        @Override
        public String toString() {
            return phrase ? '"' + text + '"' : text;
        }
    }

    /** Words or a phrase in one text field ({@link SearchField.Kind#TEXT} or {@link SearchField.Kind#PAPER_TEXT}). */
    record FieldText(SearchField field, String text, boolean phrase) implements QueryNode {
        @Override
        public String toString() {
            return field.displayName() + ":" + (phrase ? '"' + text + '"' : text);
        }
    }

    /** An exact term: a property id, an element, a unit symbol, a source kind, a rule id, a document id. */
    record Exact(SearchField field, String value) implements QueryNode {
        @Override
        public String toString() {
            return field.displayName() + ":" + value;
        }
    }

    /** A material, lower-cased: the whole name, one of its words, or a wildcard pattern over the whole name. */
    record Material(String value, boolean wildcard) implements QueryNode {
        @Override
        public String toString() {
            return "material:" + value;
        }
    }

    /** A numeric interval in the field's canonical unit; open ends are infinite. */
    record Range(SearchField field, double min, boolean minInclusive, double max, boolean maxInclusive)
            implements QueryNode {
        @Override
        public String toString() {
            return field.displayName() + ":" + (minInclusive ? "[" : "(") + bound(min) + "," + bound(max)
                    + (maxInclusive ? "]" : ")");
        }

        private static String bound(double v) {
            return Double.isInfinite(v) ? (v > 0 ? "+inf" : "-inf") : Double.toString(v);
        }
    }
}
