package org.simine.index.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Answers to the empty query (every record) per index state, computed once and kept until the reader closes:
 * the facets over all records and the first hits per order and depth. The empty query is the web page's
 * landing page and the costliest to count (every record is a hit), and its answer only changes with a commit,
 * which opens a new reader. At most {@link #MAX_ANSWERS} answers per reader.
 */
final class AllRecordsAnswers {
    static final int MAX_ANSWERS = 64;
    private static final Map<IndexReader.CacheKey, Map<String, Object>> ANSWERS = new ConcurrentHashMap<>();

    private AllRecordsAnswers() {
    }

    interface Compute<T> {
        T get() throws IOException;
    }

    /** The answer named {@code key} for this reader, computed by {@code compute} the first time. */
    @SuppressWarnings("unchecked")
    static <T> T get(IndexReader reader, String key, Compute<T> compute) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return compute.get();
        }
        Map<String, Object> answers = ANSWERS.get(helper.getKey());
        if (answers == null) {
            answers = new ConcurrentHashMap<>();
            Map<String, Object> raced = ANSWERS.putIfAbsent(helper.getKey(), answers);
            if (raced == null) {
                helper.addClosedListener(ANSWERS::remove);
            } else {
                answers = raced;
            }
        }
        Object answer = answers.get(key);
        if (answer == null) {
            answer = compute.get();
            if (answers.size() < MAX_ANSWERS) {
                answers.putIfAbsent(key, answer);
            }
        }
        return (T) answer;
    }
}
