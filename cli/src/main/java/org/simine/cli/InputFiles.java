package org.simine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.simine.extract.NotesFiles;
import org.simine.extract.SiMineExtractor;

/**
 * Expands command-line paths into the files to read: files as given, directories walked recursively for
 * supported types, leaving out the notes files among them (a folder's README or MANIFEST; see {@link NotesFiles}).
 * Problems (missing path, empty directory, unsupported type) are collected, not thrown, so one bad argument never
 * stops the others; notes files left out are listed in {@link #notes()}, for the caller to report.
 */
record InputFiles(List<Path> files, List<String> problems, List<NotesFile> notes) {

    /** A text file found in a folder and left out as notes, with why. */
    record NotesFile(Path file, String why) {
        /** One line for people: the file, why, and how to read it anyway. */
        String describe() {
            return file + ": " + why + "; name it on the command line to read it as a paper";
        }
    }

    static InputFiles resolve(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<NotesFile> notes = new ArrayList<>();
        NotesFiles notesRule = new NotesFiles();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or directory");
            } else if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                for (Path f : supportedFilesUnder(p)) {
                    notesRule.whyNotes(f).ifPresentOrElse(why -> notes.add(new NotesFile(f, why)), () -> found.add(f));
                }
                if (found.isEmpty()) {
                    problems.add(p + (notes.stream().anyMatch(n -> n.file().startsWith(p))
                            ? ": directory has no papers, only notes files" : ": directory has no " + extensionList()
                            + " files"));
                }
                files.addAll(found);
            } else {
                // Files given by name go to the extractor even when unsupported: it names the problem.
                files.add(p);
            }
        }
        return new InputFiles(List.copyOf(files), List.copyOf(problems), List.copyOf(notes));
    }

    static boolean isSupported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && SiMineExtractor.SUPPORTED_EXTENSIONS.contains(name.substring(dot + 1));
    }

    static String extensionList() {
        return SiMineExtractor.SUPPORTED_EXTENSIONS.stream().sorted().map(e -> "." + e)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static List<Path> supportedFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(InputFiles::isSupported).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
    }
}
