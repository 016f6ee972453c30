package org.simine.index.document;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.simine.model.Dopant;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.Source;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;

/**
 * Pure mapping between a {@link Record} and its Lucene document: {@code toRecord(toDocument(r, i))} equals
 * {@code r} for every record, because the record's JSON is stored whole and is the only thing read back. The
 * other fields exist to find, sort and count records; every schema field is indexed.
 */
public final class RecordDocuments {
    private RecordDocuments() {
    }

    /**
     * @param ordinal the record's position in its paper, so exports keep the reading order
     */
    public static Document toDocument(Record r, int ordinal) {
        return toDocument(r, ordinal, SiliconMention.material(r.material()));
    }

    /**
     * @param ordinal the record's position in its paper, so exports keep the reading order
     * @param silicon whether the record is about silicon ({@link SiliconMention}: its material or its paper)
     */
    public static Document toDocument(Record r, int ordinal, boolean silicon) {
        Document d = new Document();
        Fields.type(d, DocType.RECORD);
        Fields.docKey(d, r.doc());
        Fields.number(d, IndexField.ORDINAL, ordinal);
        d.add(new StoredField(IndexField.JSON.fieldName(), RecordJson.toJson(r)));
        Fields.keyword(d, IndexField.RECORD_ID, RecordId.of(r));

        Fields.facetKeyword(d, IndexField.PROPERTY, r.property().id());
        Fields.facetKeyword(d, IndexField.UNIT, r.unit().symbol());
        Fields.keyword(d, IndexField.APPROX, Boolean.toString(r.approx()));
        Fields.keyword(d, IndexField.SILICON, Boolean.toString(silicon));
        if (r.comparator() != null) {
            Fields.keyword(d, IndexField.COMPARATOR, r.comparator());
        }
        addMaterial(d, r.material());
        addNumbers(d, r);
        if (r.rate() != null) {
            Fields.number(d, IndexField.RATE, r.rate().value());
            Fields.facetKeyword(d, IndexField.RATE_UNIT, r.rate().unit().symbol());
        }
        addDopant(d, r.dopant());
        addSource(d, r.source());
        if (r.raw() != null) {
            Fields.text(d, IndexField.RAW, r.raw(), Field.Store.NO);
        }
        Fields.text(d, IndexField.RECORD_TEXT, recordText(r), Field.Store.NO);
        return d;
    }

    /** The record a stored document holds. */
    public static Record toRecord(Document d) {
        String json = d.get(IndexField.JSON.fieldName());
        if (json == null) {
            throw new IllegalStateException("index document has no stored record");
        }
        try {
            return RecordJson.fromJson(json);
        } catch (RecordFormatException e) {
            throw new IllegalStateException("index holds an unreadable record: " + e.getMessage(), e);
        }
    }

    /** What bare words in a query are matched against on the record itself. */
    static String recordText(Record r) {
        StringBuilder text = new StringBuilder();
        append(text, r.material());
        append(text, r.raw());
        append(text, r.source().section());
        append(text, r.source().snippet());
        return text.toString();
    }

    private static void addMaterial(Document d, String material) {
        if (material == null) {
            return;
        }
        Fields.facetKeyword(d, IndexField.MATERIAL, material);
        String lower = material.toLowerCase(Locale.ROOT);
        Fields.keyword(d, IndexField.MATERIAL_LOWER, lower);
        for (String word : lower.split("\\s+")) {
            if (!word.isEmpty()) {
                Fields.keyword(d, IndexField.MATERIAL_WORD, word);
            }
        }
    }

    private static void addNumbers(Document d, Record r) {
        if (r.value() != null) {
            Fields.number(d, IndexField.VALUE, r.value());
            if (r.value() > 0) {
                Fields.number(d, IndexField.LOG10_VALUE, Math.log10(r.value()));
            }
        }
        if (r.valueMax() != null) {
            Fields.number(d, IndexField.VALUE_MAX, r.valueMax());
        }
        if (r.cycles() != null) {
            Fields.number(d, IndexField.CYCLES, r.cycles());
        }
        if (r.baseline() != null) {
            Fields.number(d, IndexField.BASELINE, r.baseline());
        }
        if (r.factor() != null) {
            Fields.number(d, IndexField.FACTOR, r.factor());
        }
        if (r.temperature() != null) {
            Fields.number(d, IndexField.TEMPERATURE, r.temperature());
        }
        if (r.confidence() != null) {
            Fields.number(d, IndexField.CONFIDENCE, r.confidence());
        }
    }

    private static void addDopant(Document d, Dopant dopant) {
        if (dopant == null) {
            return;
        }
        for (String element : dopant.elements()) {
            Fields.facetKeyword(d, IndexField.DOPANT, element);
        }
        if (dopant.value() != null) {
            Fields.number(d, IndexField.DOPANT_VALUE, dopant.value());
            Fields.keyword(d, IndexField.DOPANT_UNIT, dopant.unit().symbol());
        }
    }

    private static void addSource(Document d, Source s) {
        Fields.facetKeyword(d, IndexField.SOURCE_KIND, s.kind().id());
        Fields.keyword(d, IndexField.RULE, s.rule());
        if (s.page() != null) {
            Fields.number(d, IndexField.PAGE, s.page());
        }
        if (s.section() != null) {
            Fields.text(d, IndexField.SECTION, s.section(), Field.Store.NO);
        }
        if (s.table() != null) {
            Fields.keyword(d, IndexField.SOURCE_TABLE, s.table());
        }
        if (s.snippet() != null) {
            Fields.text(d, IndexField.SNIPPET, s.snippet(), Field.Store.NO);
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            sb.append(s).append('\n');
        }
    }
}
