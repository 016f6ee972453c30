package org.simine.index.query;

import java.math.BigDecimal;
import java.util.List;
import org.simine.index.query.QueryNode.And;
import org.simine.index.query.QueryNode.Exact;
import org.simine.index.query.QueryNode.Range;

/**
 * The value of a numeric field term: {@code <60}, {@code >=70}, {@code 53.1}, {@code 50..70}, each optionally
 * followed by a unit ({@code <0.06kOhm}, {@code >=500mA/g}). The number is converted to the canonical unit, and
 * a unit also restricts the records to that unit ({@code value:<60Ohm} never matches a percentage).
 */
final class NumericValue {
    /** Relative half-width of an equality match, so a value typed in another unit still hits its record. */
    private static final double EQUALITY_TOLERANCE = 1e-9;

    private NumericValue() {
    }

    static QueryNode parse(Token t, SearchField field) throws QuerySyntaxException {
        String s = t.value();
        int base = t.valueStart() + 1; // 1-based position of s.charAt(0)
        String op = operator(s);
        NumberText.Match first = NumberText.at(s, op.length());
        if (first == null) {
            throw new QuerySyntaxException(base + op.length(),
                    "expected a number after '" + t.field() + ":" + op + "'");
        }
        int end = first.end();
        NumberText.Match second = null;
        if (s.startsWith("..", end)) {
            if (!op.isEmpty()) {
                throw new QuerySyntaxException(base, "a range a..b takes no comparison (write "
                        + t.field() + ":50..70)");
            }
            second = NumberText.at(s, end + 2);
            if (second == null) {
                throw new QuerySyntaxException(base + end + 2, "expected a number after '..'");
            }
            end = second.end();
        }
        QueryUnits.Resolved unit = unit(field, s.substring(end), base + end);
        BigDecimal factor = unit == null ? BigDecimal.ONE : unit.factor();
        double a = first.value().multiply(factor).doubleValue();
        Range range = second == null ? compare(field, op, a)
                : between(field, a, second.value().multiply(factor).doubleValue());
        SearchField unitField = unitField(field);
        if (unit == null || unitField == null) {
            return range;
        }
        return new And(List.of(range, new Exact(unitField, unit.canonical())));
    }

    private static String operator(String s) {
        for (String op : List.of("<=", ">=", "<", ">", "=")) {
            if (s.startsWith(op)) {
                return op;
            }
        }
        return "";
    }

    private static QueryUnits.Resolved unit(SearchField field, String typed, int position)
            throws QuerySyntaxException {
        if (typed.isEmpty()) {
            if (field.units() == UnitKind.RATE) {
                throw new QuerySyntaxException(position, "a rate needs a unit: C, A/g, mA/g or mA/cm2 "
                        + "(e.g. rate:>=5C, rate:>=500mA/g)");
            }
            return null;
        }
        if (field.units() == UnitKind.NONE) {
            throw new QuerySyntaxException(position, field.displayName() + " takes a plain number, not '"
                    + typed + "'");
        }
        QueryUnits.Lookup lookup = QueryUnits.resolve(field.units(), typed);
        if (lookup.unit() == null) {
            throw new QuerySyntaxException(position, lookup.problem());
        }
        return lookup.unit();
    }

    private static SearchField unitField(SearchField field) {
        return switch (field.units()) {
            case VALUE -> SearchField.UNIT;
            case RATE -> SearchField.RATE_UNIT;
            case DOPING -> SearchField.DOPING_UNIT;
            default -> null;
        };
    }

    private static Range compare(SearchField field, String op, double v) {
        double inf = Double.POSITIVE_INFINITY;
        return switch (op) {
            case "<" -> new Range(field, -inf, true, v, false);
            case "<=" -> new Range(field, -inf, true, v, true);
            case ">" -> new Range(field, v, false, inf, true);
            case ">=" -> new Range(field, v, true, inf, true);
            default -> {
                double tolerance = Math.abs(v) * EQUALITY_TOLERANCE;
                yield new Range(field, v - tolerance, true, v + tolerance, true);
            }
        };
    }

    private static Range between(SearchField field, double a, double b) {
        return new Range(field, Math.min(a, b), true, Math.max(a, b), true);
    }
}
