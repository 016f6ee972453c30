package org.simine.index.query;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one exact term (a property, unit, dopant, source kind, ...) per segment, kept when the term is
 * common: the filter vocabulary is small and the same few terms ({@code property:capacity_retention},
 * {@code unit:%}) come back in most searches, while reading a common term's postings into a bitset costs
 * milliseconds at a million records (about 5 ns per document) and a kept set nothing. A term is kept only when its
 * documents are at least one in {@value #DENSE_FRACTION} of the segment, where the bitset is no larger than the
 * postings; rare terms are read each time (they are cheap). Sets are keyed by the segment's core, so deletions do
 * not invalidate them (matching intersects with the live records last), and dropped when the segment closes or,
 * least recently used first, when the sets kept exceed {@link #BUDGET_BYTES}. Read-only for callers.
 */
public final class TermSets {
    /** Memory for kept sets over all segments and indexes of the JVM: 400 sets of a 1M-document segment. */
    static final long BUDGET_BYTES = 64L << 20;
    /** A term is kept when at least one document in this many has it. */
    static final int DENSE_FRACTION = 32;

    private record Key(IndexReader.CacheKey segment, Term term) {
    }

    private static final Map<Key, FixedBitSet> KEPT = new LinkedHashMap<>(64, 0.75f, true);
    /** Segments whose close already drops their sets. */
    private static final Set<IndexReader.CacheKey> WATCHED = new HashSet<>();
    private static long keptBytes;

    private TermSets() {
    }

    /** The segment's documents (deleted or not) that have {@code term}. */
    public static FixedBitSet of(LeafReaderContext context, Term term) throws IOException {
        LeafReader reader = context.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        Key key = helper == null ? null : new Key(helper.getKey(), term);
        if (key != null) {
            synchronized (KEPT) {
                FixedBitSet kept = KEPT.get(key);
                if (kept != null) {
                    return kept;
                }
            }
        }
        FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Terms terms = reader.terms(term.field());
        if (terms == null) {
            return bits;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term.bytes())) {
            return bits;
        }
        bits.or(te.postings(null, PostingsEnum.NONE));
        if (key != null && (long) te.docFreq() * DENSE_FRACTION >= reader.maxDoc()) {
            keep(key, bits, helper);
        }
        return bits;
    }

    private static void keep(Key key, FixedBitSet bits, IndexReader.CacheHelper helper) {
        boolean firstOfSegment;
        synchronized (KEPT) {
            if (KEPT.containsKey(key)) {
                return;
            }
            firstOfSegment = WATCHED.add(key.segment());
            KEPT.put(key, bits);
            keptBytes += bits.ramBytesUsed();
            for (Iterator<Map.Entry<Key, FixedBitSet>> it = KEPT.entrySet().iterator();
                 it.hasNext() && keptBytes > BUDGET_BYTES; ) {
                Map.Entry<Key, FixedBitSet> eldest = it.next();
                if (eldest.getKey() != key) {
                    keptBytes -= eldest.getValue().ramBytesUsed();
                    it.remove();
                }
            }
        }
        if (firstOfSegment) {
            helper.addClosedListener(TermSets::dropSegment);
        }
    }

    private static void dropSegment(IndexReader.CacheKey segment) {
        synchronized (KEPT) {
            WATCHED.remove(segment);
            for (Iterator<Map.Entry<Key, FixedBitSet>> it = KEPT.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Key, FixedBitSet> e = it.next();
                if (e.getKey().segment() == segment) {
                    keptBytes -= e.getValue().ramBytesUsed();
                    it.remove();
                }
            }
        }
    }

    /** Bytes of the sets kept now (for the benchmark's memory line and tests). */
    public static long keptBytes() {
        synchronized (KEPT) {
            return keptBytes;
        }
    }
}
