package org.simine.index.query;

/**
 * A query users typed that SiMine cannot read. The message has the form {@code query error at N: what was
 * expected}, where N is the 1-based character position in the query.
 */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String detail;

    /**
     * @param position 1-based character position of the problem in the query
     * @param detail   what is wrong, in plain words
     */
    public QuerySyntaxException(int position, String detail) {
        super("query error at " + position + ": " + detail);
        this.position = position;
        this.detail = detail;
    }

    public int position() {
        return position;
    }

    public String detail() {
        return detail;
    }
}
