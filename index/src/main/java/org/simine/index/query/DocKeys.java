package org.simine.index.query;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.simine.index.document.IndexField;

/**
 * The distinct paper keys ({@link IndexField#DOC}) of the documents a query matches, read from doc values. This is
 * the join from passages and titles to the records of the same paper.
 */
final class DocKeys {
    private DocKeys() {
    }

    static Set<BytesRef> of(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new Manager());
    }

    private static final class Manager implements CollectorManager<KeyCollector, Set<BytesRef>> {
        @Override
        public KeyCollector newCollector() {
            return new KeyCollector();
        }

        @Override
        public Set<BytesRef> reduce(Collection<KeyCollector> collectors) {
            Set<BytesRef> all = new HashSet<>();
            collectors.forEach(c -> all.addAll(c.keys));
            return all;
        }
    }

    private static final class KeyCollector extends SimpleCollector {
        final Set<BytesRef> keys = new HashSet<>();
        private SortedDocValues docs;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docs = DocValues.getSorted(context.reader(), IndexField.DOC.fieldName());
        }

        @Override
        public void collect(int doc) throws IOException {
            if (docs.advanceExact(doc)) {
                keys.add(BytesRef.deepCopyOf(docs.lookupOrd(docs.ordValue())));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
