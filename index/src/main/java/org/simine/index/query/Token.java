package org.simine.index.query;

/**
 * One lexical unit of a query.
 *
 * @param type  what it is
 * @param field the field name before ':' for a field term, else null
 * @param value the word, the phrase without quotes, or the value after ':'
 * @param start 0-based offset of the token in the query
 * @param valueStart 0-based offset of {@code value} in the query
 */
record Token(Type type, String field, String value, int start, int valueStart) {
    enum Type { WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, END }

    /** 1-based position for messages. */
    int position() {
        return start + 1;
    }

    boolean startsClause() {
        return type == Type.WORD || type == Type.PHRASE || type == Type.LPAREN || type == Type.NOT;
    }

    /** How the token reads in a message. */
    String shown() {
        return switch (type) {
            case END -> "end of query";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case PHRASE -> field == null ? "\"" + value + "\"" : "'" + field + ":\"" + value + "\"'";
            default -> "'" + (field == null ? value : field + ":" + value) + "'";
        };
    }
}
