package org.simine.index.document;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * How each kind of value becomes Lucene fields, so that every mapper indexes a field name the same way
 * (Lucene requires one schema per name across all documents).
 */
final class Fields {
    private Fields() {
    }

    /** An exact term, not stored. */
    static void keyword(Document d, IndexField f, String value) {
        d.add(new StringField(f.fieldName(), value, Field.Store.NO));
    }

    /** An exact term that is also counted in facets and statistics (doc values; may repeat on a document). */
    static void facetKeyword(Document d, IndexField f, String value) {
        keyword(d, f, value);
        d.add(new SortedSetDocValuesField(f.fieldName(), new BytesRef(value)));
    }

    /** An exact term, stored for retrieval. */
    static void storedKeyword(Document d, IndexField f, String value) {
        d.add(new StringField(f.fieldName(), value, Field.Store.YES));
    }

    /** The paper key: searchable, sortable (export order) and readable from doc values (joins). */
    static void docKey(Document d, String docId) {
        d.add(new StringField(IndexField.DOC.fieldName(), docId, Field.Store.YES));
        d.add(new SortedDocValuesField(IndexField.DOC.fieldName(), new BytesRef(docId)));
    }

    static void text(Document d, IndexField f, String value, Field.Store store) {
        d.add(new TextField(f.fieldName(), value, store));
    }

    /**
     * A number for range queries (point), sorting (doc values holding the sortable-long form, which orders like
     * the point encoding, so Lucene may skip non-competitive documents by points) and retrieval (stored).
     */
    static void number(Document d, IndexField f, double value) {
        d.add(new DoublePoint(f.fieldName(), value));
        d.add(new NumericDocValuesField(f.fieldName(), NumericUtils.doubleToSortableLong(value)));
        d.add(new StoredField(f.fieldName(), value));
    }

    static Double storedNumber(Document d, IndexField f) {
        IndexableField field = d.getField(f.fieldName());
        return field == null || field.numericValue() == null ? null : field.numericValue().doubleValue();
    }

    static void type(Document d, DocType type) {
        keyword(d, IndexField.TYPE, type.id());
    }
}
