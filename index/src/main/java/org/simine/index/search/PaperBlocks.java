package org.simine.index.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.IndexField;
import org.simine.index.query.SegmentSets;

/**
 * The paper blocks of one segment (each paper's passages, records and paper document, contiguous) listed in
 * paper id order, so that the first hits in paper and reading order are found by walking blocks in that order and
 * stopping after enough hits, instead of ranking every hit. Built once per segment.
 */
final class PaperBlocks {
    private static final Map<IndexReader.CacheKey, PaperBlocks> CACHE = new ConcurrentHashMap<>();

    /** Per block in paper id order (blocks of one id, a replaced paper's deleted ones among them, by position). */
    private final int[] starts;
    private final int[] ends;

    private PaperBlocks(LeafReaderContext leaf) throws IOException {
        FixedBitSet papers = SegmentSets.papers(leaf);
        OrdColumn ids = OrdColumn.of(leaf.reader(), IndexField.DOC.fieldName());
        int count = papers.cardinality();
        long[] keyed = new long[count];
        int[] startOf = new int[leaf.reader().maxDoc() == 0 ? 0 : count];
        int i = 0;
        int start = 0;
        for (int paper = papers.nextSetBit(0); paper != DocIdSetIterator.NO_MORE_DOCS;
             paper = paper + 1 < papers.length() ? papers.nextSetBit(paper + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            keyed[i] = ((long) ids.ord(paper) << 32) | i;
            startOf[i] = start;
            start = paper + 1;
            i++;
        }
        Arrays.sort(keyed);
        starts = new int[count];
        ends = new int[count];
        for (int k = 0; k < count; k++) {
            int block = (int) keyed[k];
            starts[k] = startOf[block];
            ends[k] = block + 1 < count ? startOf[block + 1] : start;
        }
    }

    static PaperBlocks of(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return new PaperBlocks(leaf);
        }
        PaperBlocks blocks = CACHE.get(helper.getKey());
        if (blocks == null) {
            blocks = new PaperBlocks(leaf);
            if (CACHE.putIfAbsent(helper.getKey(), blocks) == null) {
                helper.addClosedListener(CACHE::remove);
            }
        }
        return blocks;
    }

    /**
     * The first {@code n} documents of {@code hits} in paper id order (descending ids when asked) and, within a
     * paper, document order; fewer when there are fewer hits.
     */
    int[] first(FixedBitSet hits, int n, boolean descending) {
        int[] out = new int[n];
        int found = 0;
        for (int k = 0; k < starts.length && found < n; k++) {
            int b = descending ? starts.length - 1 - k : k;
            int end = ends[b];
            for (int doc = hits.nextSetBit(starts[b], end); doc != DocIdSetIterator.NO_MORE_DOCS && found < n;
                 doc = doc + 1 < end ? hits.nextSetBit(doc + 1, end) : DocIdSetIterator.NO_MORE_DOCS) {
                out[found++] = doc;
            }
        }
        return found == n ? out : Arrays.copyOf(out, found);
    }
}
