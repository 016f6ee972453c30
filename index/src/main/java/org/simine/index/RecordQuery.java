package org.simine.index;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.simine.model.Property;

/**
 * A structured query over records: property, value range in the property's canonical unit, dopant element
 * and free text. Absent parts do not constrain. (The user-facing query syntax is a later issue.)
 */
public record RecordQuery(Property property, Double minValue, Double maxValue, String dopant, String text) {

    public static RecordQuery all() {
        return new RecordQuery(null, null, null, null, null);
    }

    public static RecordQuery of(Property property) {
        return new RecordQuery(property, null, null, null, null);
    }

    public RecordQuery withValueRange(Double min, Double max) {
        return new RecordQuery(property, min, max, dopant, text);
    }

    public RecordQuery withDopant(String element) {
        return new RecordQuery(property, minValue, maxValue, element, text);
    }

    public RecordQuery withText(String freeText) {
        return new RecordQuery(property, minValue, maxValue, dopant, freeText);
    }

    Query toLucene(Analyzer analyzer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (property != null) {
            b.add(new TermQuery(new Term(RecordField.PROPERTY.fieldName(), property.id())), Occur.FILTER);
            any = true;
        }
        if (minValue != null || maxValue != null) {
            b.add(DoublePoint.newRangeQuery(RecordField.VALUE.fieldName(),
                    minValue == null ? Double.NEGATIVE_INFINITY : minValue,
                    maxValue == null ? Double.POSITIVE_INFINITY : maxValue), Occur.FILTER);
            any = true;
        }
        if (dopant != null) {
            b.add(new TermQuery(new Term(RecordField.DOPANT.fieldName(), dopant)), Occur.FILTER);
            any = true;
        }
        if (text != null && !text.isBlank()) {
            try {
                QueryParser parser = new QueryParser(RecordField.TEXT.fieldName(), analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                b.add(parser.parse(QueryParser.escape(text.toLowerCase(Locale.ROOT))), Occur.MUST);
                any = true;
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot parse text query '" + text + "': " + e.getMessage(), e);
            }
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }
}
