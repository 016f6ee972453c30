package org.simine.cli;

import java.time.Duration;
import org.simine.extract.ExtractionLimits;
import picocli.CommandLine.Option;

/** {@code --timeout} and {@code --max-pages}, shared by extract and ingest. */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            defaultValue = "" + ExtractionLimits.DEFAULT_TIMEOUT_SECONDS,
            description = "give up on a file after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + ExtractionLimits.DEFAULT_MAX_PAGES,
            description = "refuse PDFs with more pages than this (default: ${DEFAULT-VALUE})")
    int maxPages;

    ExtractionLimits limits() throws InputError {
        if (timeoutSeconds < 1 || maxPages < 1) {
            throw new InputError("--timeout and --max-pages must be at least 1");
        }
        return new ExtractionLimits(Duration.ofSeconds(timeoutSeconds), maxPages);
    }
}
