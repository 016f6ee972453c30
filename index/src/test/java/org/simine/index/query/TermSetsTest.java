package org.simine.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class TermSetsTest {
    @Test
    void commonTermsAreKeptUntilTheirSegmentClosesRareOnesAreReadEachTime() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
                for (int i = 0; i < 1000; i++) {
                    Document d = new Document();
                    d.add(new StringField("property", i % 2 == 0 ? "common" : "other", Field.Store.NO));
                    if (i == 500) {
                        d.add(new StringField("dopant", "rare", Field.Store.NO));
                    }
                    w.addDocument(d);
                }
            }
            long before = TermSets.keptBytes();
            DirectoryReader reader = DirectoryReader.open(dir);
            LeafReaderContext leaf = reader.leaves().get(0);
            FixedBitSet common = TermSets.of(leaf, new Term("property", "common"));
            assertEquals(500, common.cardinality());
            assertSame(common, TermSets.of(leaf, new Term("property", "common")), "a common term's set is kept");
            assertEquals(before + common.ramBytesUsed(), TermSets.keptBytes());

            FixedBitSet rare = TermSets.of(leaf, new Term("dopant", "rare"));
            assertEquals(1, rare.cardinality());
            assertEquals(500, rare.nextSetBit(0));
            assertNotSame(rare, TermSets.of(leaf, new Term("dopant", "rare")), "a rare term is read each time");
            assertEquals(0, TermSets.of(leaf, new Term("dopant", "absent")).cardinality());
            assertEquals(0, TermSets.of(leaf, new Term("nofield", "x")).cardinality());

            reader.close();
            assertEquals(before, TermSets.keptBytes(), "closing the segment drops its sets");
        }
    }
}
