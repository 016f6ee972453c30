package org.simine.index.document;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The three kinds of Lucene documents in a SiMine index, told apart by {@link IndexField#TYPE}. */
public enum DocType {
    PAPER("paper"),
    PASSAGE("passage"),
    RECORD("record");

    private final String id;

    DocType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Matches every document of this kind. */
    public Query query() {
        return new TermQuery(new Term(IndexField.TYPE.fieldName(), id));
    }
}
