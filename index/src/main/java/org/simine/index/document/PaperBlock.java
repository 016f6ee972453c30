package org.simine.index.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.simine.model.Record;

/**
 * The Lucene documents of one paper, written as one block so that a paper is never visible in part: its
 * passages, then its records, then the paper document last (the parent-last order Lucene's block joins expect).
 */
public final class PaperBlock {
    private PaperBlock() {
    }

    public static List<Document> documents(Paper paper, List<Passage> passages, List<Record> records) {
        List<Document> block = new ArrayList<>(passages.size() + records.size() + 1);
        boolean siliconPaper = SiliconMention.paper(paper.title(), passages.stream().map(Passage::text).toList());
        for (Passage p : passages) {
            requireSameDoc(paper, p.docId());
            block.add(PassageDocuments.toDocument(p));
        }
        for (int i = 0; i < records.size(); i++) {
            requireSameDoc(paper, records.get(i).doc());
            Record r = records.get(i);
            block.add(RecordDocuments.toDocument(r, i, siliconPaper || SiliconMention.material(r.material())));
        }
        block.add(PaperDocuments.toDocument(paper));
        return block;
    }

    private static void requireSameDoc(Paper paper, String docId) {
        if (!paper.docId().equals(docId)) {
            throw new IllegalArgumentException("document of " + docId + " in the block of " + paper.docId());
        }
    }
}
