package org.simine.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.simine.model.Record;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;

/** Pure mapping between a {@link Record} and its Lucene document. */
public final class RecordDocuments {
    private RecordDocuments() {
    }

    public static Document toDocument(Record r) {
        Document d = new Document();
        d.add(new StoredField(RecordField.JSON.fieldName(), RecordJson.toJson(r)));
        d.add(new StringField(RecordField.DOC.fieldName(), r.doc(), Field.Store.NO));
        d.add(new StringField(RecordField.PROPERTY.fieldName(), r.property().id(), Field.Store.NO));
        d.add(new SortedDocValuesField(RecordField.PROPERTY.fieldName(), new BytesRef(r.property().id())));
        d.add(new StringField(RecordField.UNIT.fieldName(), r.unit().symbol(), Field.Store.NO));
        d.add(new StringField(RecordField.SOURCE_KIND.fieldName(), r.source().kind().id(), Field.Store.NO));
        d.add(new StringField(RecordField.RULE.fieldName(), r.source().rule(), Field.Store.NO));
        if (r.material() != null) {
            d.add(new TextField(RecordField.MATERIAL.fieldName(), r.material(), Field.Store.NO));
            d.add(new StringField(RecordField.MATERIAL_EXACT.fieldName(), r.material(), Field.Store.NO));
        }
        if (r.value() != null) {
            addDouble(d, RecordField.VALUE, r.value());
            if (r.value() > 0) {
                addDouble(d, RecordField.LOG10_VALUE, Math.log10(r.value()));
            }
        }
        if (r.rate() != null) {
            d.add(new StringField(RecordField.RATE_UNIT.fieldName(), r.rate().unit().symbol(), Field.Store.NO));
            addDouble(d, RecordField.RATE, r.rate().value());
        }
        if (r.cycles() != null) {
            d.add(new IntPoint(RecordField.CYCLES.fieldName(), r.cycles()));
        }
        if (r.dopant() != null) {
            for (String element : r.dopant().elements()) {
                d.add(new StringField(RecordField.DOPANT.fieldName(), element, Field.Store.NO));
            }
        }
        if (r.source().page() != null) {
            d.add(new IntPoint(RecordField.PAGE.fieldName(), r.source().page()));
        }
        StringBuilder text = new StringBuilder();
        append(text, r.material());
        append(text, r.raw());
        append(text, r.source().snippet());
        d.add(new TextField(RecordField.TEXT.fieldName(), text.toString(), Field.Store.NO));
        return d;
    }

    public static Record toRecord(Document d) {
        String json = d.get(RecordField.JSON.fieldName());
        if (json == null) {
            throw new IllegalStateException("index document has no stored record");
        }
        try {
            return RecordJson.fromJson(json);
        } catch (RecordFormatException e) {
            throw new IllegalStateException("index holds an unreadable record: " + e.getMessage(), e);
        }
    }

    private static void addDouble(Document d, RecordField field, double v) {
        d.add(new DoublePoint(field.fieldName(), v));
        d.add(new NumericDocValuesField(field.fieldName(), NumericUtils.doubleToSortableLong(v)));
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            sb.append(s).append('\n');
        }
    }
}
