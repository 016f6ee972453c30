package org.simine.cli;

/** A usage or input problem that ends a command with exit code 2 and a one-line message. */
final class InputError extends Exception {
    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message);
    }
}
