package org.simine.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a query into tokens: parentheses, {@code "quoted phrases"}, the operators {@code AND OR NOT} (upper case,
 * so "and" stays a word), and words; a word starting with {@code name:} is a field term, whose value may be a
 * quoted phrase ({@code material:"Si NW"}).
 */
final class QueryLexer {
    private static final Pattern FIELD_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:");

    private final String query;
    private int at;

    private QueryLexer(String query) {
        this.query = query;
    }

    static List<Token> tokens(String query) throws QuerySyntaxException {
        return new QueryLexer(query).all();
    }

    private List<Token> all() throws QuerySyntaxException {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
                at++;
            }
            if (at >= query.length()) {
                out.add(new Token(Token.Type.END, null, "", query.length(), query.length()));
                return out;
            }
            char c = query.charAt(at);
            if (c == '(') {
                out.add(new Token(Token.Type.LPAREN, null, "(", at, at));
                at++;
            } else if (c == ')') {
                out.add(new Token(Token.Type.RPAREN, null, ")", at, at));
                at++;
            } else if (c == '"') {
                int start = at;
                out.add(new Token(Token.Type.PHRASE, null, phrase(), start, start + 1));
            } else {
                out.add(word());
            }
        }
    }

    /** Reads {@code "…"} starting at the opening quote; returns the text between the quotes. */
    private String phrase() throws QuerySyntaxException {
        int open = at;
        int close = query.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException(open + 1, "missing closing '\"' for the phrase started here");
        }
        at = close + 1;
        return query.substring(open + 1, close);
    }

    private Token word() throws QuerySyntaxException {
        int start = at;
        var prefix = FIELD_PREFIX.matcher(query).region(start, query.length());
        if (prefix.lookingAt()) {
            String field = query.substring(start, prefix.end() - 1);
            at = prefix.end();
            if (at < query.length() && query.charAt(at) == '"') {
                int valueStart = at + 1;
                return new Token(Token.Type.PHRASE, field, phrase(), start, valueStart);
            }
            int valueStart = at;
            return new Token(Token.Type.WORD, field, bareWord(), start, valueStart);
        }
        String word = bareWord();
        Token.Type type = switch (word) {
            case "AND" -> Token.Type.AND;
            case "OR" -> Token.Type.OR;
            case "NOT" -> Token.Type.NOT;
            default -> Token.Type.WORD;
        };
        return new Token(type, null, word, start, start);
    }

    private String bareWord() {
        int start = at;
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                break;
            }
            at++;
        }
        return query.substring(start, at);
    }
}
