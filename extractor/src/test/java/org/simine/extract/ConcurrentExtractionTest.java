package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.simine.model.Record;

/** One shared extractor used from several threads gives what it gives on one thread. */
class ConcurrentExtractionTest {
    @Test
    void parallelExtractionsAgreeWithASequentialOne() throws Exception {
        Path pdf = TestInputs.reviewPdf().orElse(null);
        Assumptions.assumeTrue(pdf != null, "review PDF not found");
        SiMineExtractor extractor = TestInputs.extractor();
        List<Record> expected = extractor.extract(pdf).records();
        assertFalse(expected.isEmpty());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Record>>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> extractor.extract(pdf).records()));
            }
            for (Future<List<Record>> run : runs) {
                assertEquals(expected, run.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
