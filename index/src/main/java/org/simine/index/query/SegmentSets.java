package org.simine.index.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.simine.index.document.DocType;
import org.simine.index.document.IndexField;

/**
 * Per-segment bitsets every search needs, built once per segment and dropped when Lucene closes it: the live
 * record documents, and the paper documents, which end each paper's block (passages, records, paper) and so tell
 * which block a document belongs to. Read-only for callers.
 */
public final class SegmentSets {
    private static final Map<IndexReader.CacheKey, FixedBitSet> LIVE_RECORDS = new ConcurrentHashMap<>();
    private static final Map<IndexReader.CacheKey, FixedBitSet> PAPERS = new ConcurrentHashMap<>();

    private SegmentSets() {
    }

    /** Record documents of the segment that are not deleted. */
    public static FixedBitSet liveRecords(LeafReaderContext leaf) throws IOException {
        LeafReader reader = leaf.reader();
        return cached(LIVE_RECORDS, reader.getReaderCacheHelper(), reader, r -> {
            FixedBitSet bits = docsOfType(r, DocType.RECORD);
            Bits live = r.getLiveDocs();
            if (live != null) {
                for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                     doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    if (!live.get(doc)) {
                        bits.clear(doc);
                    }
                }
            }
            return bits;
        });
    }

    /** Paper documents of the segment, deleted or not: the last document of every block. */
    public static FixedBitSet papers(LeafReaderContext leaf) throws IOException {
        LeafReader reader = leaf.reader();
        return cached(PAPERS, reader.getCoreCacheHelper(), reader, r -> docsOfType(r, DocType.PAPER));
    }

    private static FixedBitSet cached(Map<IndexReader.CacheKey, FixedBitSet> cache, IndexReader.CacheHelper helper,
                                      LeafReader reader, IoFunction<LeafReader, FixedBitSet> build)
            throws IOException {
        if (helper == null) {
            return build.apply(reader);
        }
        FixedBitSet bits = cache.get(helper.getKey());
        if (bits == null) {
            bits = build.apply(reader);
            if (cache.putIfAbsent(helper.getKey(), bits) == null) {
                helper.addClosedListener(cache::remove);
            }
        }
        return bits;
    }

    private static FixedBitSet docsOfType(LeafReader reader, DocType type) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Terms terms = reader.terms(IndexField.TYPE.fieldName());
        if (terms != null) {
            TermsEnum te = terms.iterator();
            if (te.seekExact(new Term(IndexField.TYPE.fieldName(), type.id()).bytes())) {
                bits.or(te.postings(null, PostingsEnum.NONE));
            }
        }
        return bits;
    }

    @FunctionalInterface
    private interface IoFunction<T, R> {
        R apply(T t) throws IOException;
    }
}
