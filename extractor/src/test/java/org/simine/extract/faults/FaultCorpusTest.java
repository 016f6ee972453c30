package org.simine.extract.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.TestInputs;
import org.simine.extract.faults.FaultCorpus.Expect;
import org.simine.extract.faults.FaultCorpus.Fault;

/**
 * Every hostile input gives records or a typed {@link InputException} naming the file — never another
 * exception, an error such as StackOverflowError, a hang or running out of memory (surefire runs with
 * -Xmx2g). Each fault is extracted within its own limits (the defaults unless it sets lower ones), and the hang
 * guard lies a minute beyond that timeout: a timeout the extractor does not keep fails here.
 */
class FaultCorpusTest {
    private static final Duration GRACE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static List<Fault> faults() {
        return FaultCorpus.all(TestInputs.reviewPdf().orElse(null));
    }

    @Test
    void theCorpusHasAtLeastFiftyFaults() {
        assertTrue(faults().size() >= 50, "only " + faults().size() + " faults");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void givesRecordsOrATypedError(Fault fault) throws Exception {
        Path file = fault.writeTo(dir);
        ExtractionLimits limits = fault.limitsOrDefaults();
        Duration hangGuard = limits.timeout().plus(GRACE);
        Object outcome = assertTimeoutPreemptively(hangGuard, () -> {
            try {
                return TestInputs.extractor().extract(file, limits);
            } catch (InputException e) {
                return e;
            } catch (Throwable t) {
                return t;
            }
        }, () -> fault.name() + " did not finish within " + hangGuard);
        if (outcome instanceof ExtractionResult result) {
            assertTrue(fault.expect() != Expect.INPUT_ERROR,
                    fault.name() + " should have been refused, gave " + result.records().size() + " records");
            if (fault.expect() == Expect.RECORDS) {
                assertFalse(result.records().isEmpty(), fault.name() + " gave no records");
            }
        } else if (outcome instanceof InputException e) {
            assertTrue(fault.expect() != Expect.RECORDS, fault.name() + " should have given records: " + e.getMessage());
            if (fault.problem() != null) {
                assertEquals(fault.problem(), e.problem(), e.getMessage());
            }
            assertTrue(e.getMessage().startsWith(file.toString() + ": "), "message must name the file: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
        } else {
            Throwable t = (Throwable) outcome;
            fail(fault.name() + ": untyped " + t.getClass().getName() + ": " + t.getMessage(), t);
        }
    }
}
