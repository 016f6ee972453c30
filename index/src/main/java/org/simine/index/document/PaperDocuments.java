package org.simine.index.document;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;

/** Pure mapping between a {@link Paper} and its Lucene document; round trips exactly (to the millisecond). */
public final class PaperDocuments {
    private PaperDocuments() {
    }

    public static Document toDocument(Paper p) {
        Document d = new Document();
        Fields.type(d, DocType.PAPER);
        Fields.docKey(d, p.docId());
        if (p.title() != null) {
            Fields.text(d, IndexField.TITLE, p.title(), Field.Store.YES);
        }
        if (p.doi() != null) {
            Fields.storedKeyword(d, IndexField.DOI, p.doi());
        }
        Fields.storedKeyword(d, IndexField.PATH, p.path());
        Fields.storedKeyword(d, IndexField.FILE_HASH, p.fileHash());
        d.add(new StoredField(IndexField.PAGE_COUNT.fieldName(), p.pageCount()));
        Fields.number(d, IndexField.INGESTED_AT, p.ingestedAt().toEpochMilli());
        d.add(new StoredField(IndexField.RECORD_COUNT.fieldName(), p.records()));
        d.add(new StoredField(IndexField.PASSAGE_COUNT.fieldName(), p.passages()));
        if (p.format() != null) {
            Fields.storedKeyword(d, IndexField.FORMAT, p.format());
        }
        d.add(new StoredField(IndexField.FORMAT_RANK.fieldName(), p.formatRank()));
        if (!p.details().equals(PaperDetails.NONE)) {
            d.add(new StoredField(IndexField.DETAILS.fieldName(), DetailsJson.write(p.details())));
        }
        return d;
    }

    public static Paper toPaper(Document d) {
        return new Paper(d.get(IndexField.DOC.fieldName()), d.get(IndexField.TITLE.fieldName()),
                d.get(IndexField.DOI.fieldName()), d.get(IndexField.PATH.fieldName()),
                d.get(IndexField.FILE_HASH.fieldName()), storedInt(d, IndexField.PAGE_COUNT),
                Instant.ofEpochMilli(Fields.storedNumber(d, IndexField.INGESTED_AT).longValue()),
                storedInt(d, IndexField.RECORD_COUNT), storedInt(d, IndexField.PASSAGE_COUNT),
                d.get(IndexField.FORMAT.fieldName()), storedInt(d, IndexField.FORMAT_RANK),
                DetailsJson.read(d.get(IndexField.DETAILS.fieldName())));
    }

    private static int storedInt(Document d, IndexField f) {
        var field = d.getField(f.fieldName());
        return field == null ? 0 : field.numericValue().intValue();
    }
}
