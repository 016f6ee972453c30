package org.simine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.DocType;
import org.simine.index.document.Paper;
import org.simine.index.document.PaperDocuments;
import org.simine.index.query.SegmentSets;

/** Counts what an index holds: documents by kind, records by property and material, papers by records. */
public final class Statistics {
    private Statistics() {
    }

    public static IndexStats of(IndexSearcher searcher, int topMaterials) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] records = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            records[leaf.ord] = SegmentSets.liveRecords(leaf);
        }
        Facets all = FacetCounter.count(leaves, records, List.of(FacetDimension.PROPERTY, FacetDimension.MATERIAL),
                Integer.MAX_VALUE);
        List<FacetCount> materials = all.get(FacetDimension.MATERIAL);
        return new IndexStats(searcher.count(DocType.PAPER.query()), searcher.count(DocType.PASSAGE.query()),
                all.hits(), all.get(FacetDimension.PROPERTY),
                materials.subList(0, Math.min(topMaterials, materials.size())), papers(searcher));
    }

    /** Every paper document, most records first. */
    public static List<Paper> papers(IndexSearcher searcher) throws IOException {
        int n = Math.max(1, searcher.count(DocType.PAPER.query()));
        StoredFields stored = searcher.storedFields();
        List<Paper> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(DocType.PAPER.query(), n).scoreDocs) {
            out.add(PaperDocuments.toPaper(stored.document(sd.doc)));
        }
        out.sort(Comparator.comparingInt(Paper::records).reversed().thenComparing(Paper::docId));
        return out;
    }
}
