package org.simine.index.query;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.simine.index.document.IndexField;

/** The analysed words a query looks for in text (not under NOT), which snippets highlight. */
public final class QueryTerms {
    private QueryTerms() {
    }

    public static Set<String> of(QueryNode node, Analyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        collect(node, analyzer, terms);
        return terms;
    }

    private static void collect(QueryNode node, Analyzer analyzer, Set<String> into) {
        if (node instanceof QueryNode.And and) {
            and.clauses().forEach(c -> collect(c, analyzer, into));
        } else if (node instanceof QueryNode.Or or) {
            or.clauses().forEach(c -> collect(c, analyzer, into));
        } else if (node instanceof QueryNode.FreeText free) {
            into.addAll(QueryCompiler.tokens(analyzer, IndexField.RECORD_TEXT, free.text()));
        } else if (node instanceof QueryNode.FieldText text && text.field() == SearchField.TEXT) {
            into.addAll(QueryCompiler.tokens(analyzer, IndexField.RECORD_TEXT, text.text()));
        }
    }
}
