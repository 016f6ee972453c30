package org.simine.cli;

import java.nio.file.Path;

/** The SiMine checkout the launcher runs from ({@code SIMINE_HOME}), for defaults such as {@code corpus/}. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getenv("SIMINE_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    static Path corpus() {
        return dir().resolve("corpus");
    }
}
