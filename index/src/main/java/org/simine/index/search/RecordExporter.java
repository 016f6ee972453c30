package org.simine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.simine.index.document.RecordDocuments;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordFormat;
import org.simine.model.io.RecordJson;

/**
 * Writes the records a query selects in paper and reading order, page by page of hits, so an export of the whole
 * index needs memory for one page only (JSON arrays excepted, which are built whole).
 */
public final class RecordExporter {
    static final int PAGE = 1000;

    private RecordExporter() {
    }

    /** @return the number of records written */
    public static long export(IndexSearcher searcher, Query query, RecordFormat format, Appendable out)
            throws IOException {
        Pages records = new Pages(searcher, query);
        // The CSV printer closes what it writes to; the caller owns the output, so it gets a view without close.
        Appendable target = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                out.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                out.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) throws IOException {
                out.append(c);
                return this;
            }
        };
        try {
            switch (format) {
                case CSV -> RecordCsv.write(records, target);
                case JSONL -> RecordJson.writeJsonl(records, target);
                case JSON -> {
                    List<Record> all = new ArrayList<>();
                    records.forEach(all::add);
                    RecordJson.writeJsonArray(all, target);
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return records.count;
    }

    /** All matching records as an iterable that reads one page of hits at a time. */
    private static final class Pages implements Iterable<Record> {
        private final IndexSearcher searcher;
        private final Query query;
        private final Sort sort = SortOrder.PAPER.toSort();
        long count;

        Pages(IndexSearcher searcher, Query query) {
            this.searcher = searcher;
            this.query = query;
        }

        @Override
        public Iterator<Record> iterator() {
            return new Iterator<>() {
                private ScoreDoc[] page = new ScoreDoc[0];
                private int next;
                private FieldDoc after;
                private boolean exhausted;
                private StoredFields stored;

                @Override
                public boolean hasNext() {
                    if (next < page.length) {
                        return true;
                    }
                    if (exhausted) {
                        return false;
                    }
                    try {
                        TopFieldDocs top = searcher.searchAfter(after, query, PAGE, sort, false);
                        page = top.scoreDocs;
                        next = 0;
                        exhausted = page.length < PAGE;
                        if (page.length > 0) {
                            after = (FieldDoc) page[page.length - 1];
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return next < page.length;
                }

                @Override
                public Record next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    try {
                        if (stored == null) {
                            stored = searcher.storedFields();
                        }
                        count++;
                        return RecordDocuments.toRecord(stored.document(page[next++].doc));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }
}
