package org.simine.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.simine.index.query.QueryNode.And;
import org.simine.index.query.QueryNode.Exact;
import org.simine.index.query.QueryNode.FieldText;
import org.simine.index.query.QueryNode.FreeText;
import org.simine.index.query.QueryNode.Material;
import org.simine.index.query.QueryNode.Not;
import org.simine.index.query.QueryNode.Or;

/**
 * Parses the query syntax users type into a {@link QueryNode}. Grammar (NOT binds tighter than AND, AND tighter
 * than OR; clauses side by side are joined by AND):
 * <pre>
 *   query   = [ or ]
 *   or      = and { "OR" and }
 *   and     = unary { [ "AND" ] unary }
 *   unary   = "NOT" unary | primary
 *   primary = "(" or ")" | word | "phrase" | field ":" value | field ":" "phrase"
 *   value   = [ "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "=" ] number [ unit ] | number ".." number [ unit ] | word
 * </pre>
 * Every problem is a {@link QuerySyntaxException} with the 1-based position of the offending character.
 */
public final class QueryParser {
    private final List<Token> tokens;
    private int next;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static QueryNode parse(String query) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(QueryLexer.tokens(query));
        if (parser.peek().type() == Token.Type.END) {
            return new QueryNode.All();
        }
        QueryNode node = parser.or();
        Token rest = parser.peek();
        if (rest.type() != Token.Type.END) {
            throw new QuerySyntaxException(rest.position(), rest.type() == Token.Type.RPAREN
                    ? "')' without a matching '('" : "unexpected " + rest.shown());
        }
        return node;
    }

    private QueryNode or() throws QuerySyntaxException {
        List<QueryNode> parts = new ArrayList<>(List.of(and()));
        while (peek().type() == Token.Type.OR) {
            requireClauseAfter(take());
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private QueryNode and() throws QuerySyntaxException {
        List<QueryNode> parts = new ArrayList<>(List.of(unary()));
        while (true) {
            if (peek().type() == Token.Type.AND) {
                requireClauseAfter(take());
            } else if (!peek().startsClause()) {
                break;
            }
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private QueryNode unary() throws QuerySyntaxException {
        if (peek().type() == Token.Type.NOT) {
            requireClauseAfter(take());
            return new Not(unary());
        }
        return primary();
    }

    private QueryNode primary() throws QuerySyntaxException {
        Token t = take();
        switch (t.type()) {
            case LPAREN -> {
                requireClauseAfter(t);
                QueryNode inner = or();
                Token close = peek();
                if (close.type() != Token.Type.RPAREN) {
                    throw new QuerySyntaxException(close.position(),
                            "expected ')' to close the '(' at " + t.position() + ", found " + close.shown());
                }
                take();
                return inner;
            }
            case WORD, PHRASE -> {
                return t.field() == null ? freeText(t) : fieldClause(t);
            }
            case RPAREN -> throw new QuerySyntaxException(t.position(), "')' without a matching '('");
            case END -> throw new QuerySyntaxException(t.position(), "expected a search term");
            default -> throw new QuerySyntaxException(t.position(), "expected a search term before " + t.shown());
        }
    }

    private static QueryNode freeText(Token t) throws QuerySyntaxException {
        if (t.value().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new QuerySyntaxException(t.valueStart() + 1, t.shown() + " has no letters or digits to search for");
        }
        return new FreeText(t.value(), t.type() == Token.Type.PHRASE);
    }

    private static QueryNode fieldClause(Token t) throws QuerySyntaxException {
        SearchField field = SearchField.byName(t.field()).orElseThrow(() -> new QuerySyntaxException(t.position(),
                "unknown field '" + t.field() + "' (fields: " + SearchField.displayNames() + ")"));
        String value = t.value();
        int at = t.valueStart() + 1;
        if (value.isBlank()) {
            throw new QuerySyntaxException(at, "expected a value after '" + t.field() + ":'"
                    + (t.type() == Token.Type.WORD ? " (one value per field: write dopant:P OR dopant:B)" : ""));
        }
        boolean phrase = t.type() == Token.Type.PHRASE;
        return switch (field.kind()) {
            case PROPERTY -> PropertyNames.query(value).orElseThrow(() -> new QuerySyntaxException(at,
                    "unknown property '" + value + "' (use an id such as charge_transfer_resistance or an alias: "
                            + String.join(", ", PropertyNames.names()) + ")"));
            case MATERIAL -> new Material(value.toLowerCase(Locale.ROOT).strip(),
                    value.indexOf('*') >= 0 || value.indexOf('?') >= 0);
            case ELEMENT -> new Exact(field, element(value, at));
            case NUMBER -> NumericValue.parse(t, field);
            case UNIT -> new Exact(field, QueryUnits.canonical(field.units(), value).orElseThrow(() ->
                    new QuerySyntaxException(at, QueryUnits.resolve(field.units(), value).problem())));
            case CHOICE -> new Exact(field, choice(field, value, at));
            case KEYWORD -> new Exact(field, field == SearchField.DOC ? value.toLowerCase(Locale.ROOT) : value);
            case TEXT, PAPER_TEXT -> {
                if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    throw new QuerySyntaxException(at, "'" + value + "' has no letters or digits to search for");
                }
                yield new FieldText(field, value, phrase);
            }
        };
    }

    /** An element symbol in its usual case: {@code p} → {@code P}, {@code MN} → {@code Mn}. */
    private static String element(String value, int at) throws QuerySyntaxException {
        if (!value.matches("[A-Za-z]{1,3}")) {
            throw new QuerySyntaxException(at, "expected an element symbol such as P, B or Mn, got '" + value + "'");
        }
        return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String choice(SearchField field, String value, int at) throws QuerySyntaxException {
        String lower = value.toLowerCase(Locale.ROOT);
        List<String> allowed = switch (field) {
            case SOURCE -> List.of("text", "table");
            case APPROX, SILICON -> List.of("true", "false");
            case COMPARATOR -> List.of("<", "<=", ">", ">=");
            default -> throw new IllegalStateException(field + " is not a choice field");
        };
        if (!allowed.contains(lower)) {
            throw new QuerySyntaxException(at, field.displayName() + " is one of " + String.join(", ", allowed)
                    + ", got '" + value + "'");
        }
        return lower;
    }

    private void requireClauseAfter(Token op) throws QuerySyntaxException {
        Token t = peek();
        if (!t.startsClause()) {
            throw new QuerySyntaxException(t.position(), "expected a search term after " + op.shown()
                    + (t.type() == Token.Type.END ? "" : ", found " + t.shown()));
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.type() != Token.Type.END) {
            next++;
        }
        return t;
    }
}
