package org.simine.index.document;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;

/** Pure mapping between a {@link Passage} and its Lucene document; round trips exactly. */
public final class PassageDocuments {
    private PassageDocuments() {
    }

    public static Document toDocument(Passage p) {
        Document d = new Document();
        Fields.type(d, DocType.PASSAGE);
        Fields.docKey(d, p.docId());
        Fields.number(d, IndexField.ORDINAL, p.ordinal());
        if (p.page() != null) {
            Fields.number(d, IndexField.PAGE, p.page());
        }
        if (p.section() != null) {
            Fields.text(d, IndexField.SECTION, p.section(), Field.Store.YES);
        }
        Fields.text(d, IndexField.PASSAGE_TEXT, p.text(), Field.Store.YES);
        return d;
    }

    public static Passage toPassage(Document d) {
        Double page = Fields.storedNumber(d, IndexField.PAGE);
        return new Passage(d.get(IndexField.DOC.fieldName()), Fields.storedNumber(d, IndexField.ORDINAL).intValue(),
                page == null ? null : page.intValue(), d.get(IndexField.SECTION.fieldName()),
                d.get(IndexField.PASSAGE_TEXT.fieldName()));
    }
}
