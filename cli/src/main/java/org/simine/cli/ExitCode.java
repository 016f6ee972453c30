package org.simine.cli;

/** Process exit codes of {@code ./simine}; documented in docs/user-guide.md (Exit codes). */
final class ExitCode {
    static final int OK = 0;
    /** A check failed: an evaluation below its regression expectations. */
    static final int CHECK_FAILED = 1;
    /** Bad usage or bad input (missing file, unsupported type, corrupt PDF …). */
    static final int INPUT_ERROR = 2;
    /** A bug in SiMine; the message says what happened. */
    static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
