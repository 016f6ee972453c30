package org.simine.model.io;

/** A records file that does not follow the record schema. */
public class RecordFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordFormatException(String message) {
        super(message);
    }
}
