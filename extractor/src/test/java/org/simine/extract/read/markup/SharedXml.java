package org.simine.extract.read.markup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.simine.extract.TestInputs;

/**
 * The six publisher files of {@code ../shared/xml} (not ours to redistribute: read in place, never copied). Tests
 * that need them skip with the path they looked at.
 */
final class SharedXml {
    static final List<String> FILES = List.of("els_test1.xml", "els_test2.xml", "rsc_test1.html", "rsc_test2.html",
            "spr_test1.xml", "spr_test3.xml");

    private SharedXml() {
    }

    static Path dir() {
        return TestInputs.shared().resolve("xml");
    }

    /** The file, or the test is skipped when the shared folder does not have it. */
    static Path file(String name) {
        Path file = dir().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "publisher XML/HTML not found: " + file
                + " (set -Dsimine.shared=DIR to the shared folder)");
        return file;
    }
}
