package org.simine.index;

import java.io.IOException;

/** The folder holds an index this SiMine cannot use (written by another version, or not a SiMine index). */
public class IndexSchemaException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexSchemaException(String message) {
        super(message);
    }
}
