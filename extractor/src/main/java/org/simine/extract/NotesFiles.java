package org.simine.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells notes from papers among the {@code .txt} and {@code .md} files met while walking a folder of papers. A
 * folder's README or MANIFEST is about the papers, not one of them: read as a paper it adds a paper that is none,
 * and it takes the DOI it names first, so it competes with the real paper of that DOI. A text file is a notes file
 * when
 * <ol>
 * <li>its name says so: the name before the extension, in any case, is one of {@code notes-names.txt} (README,
 * MANIFEST, NOTES, LICENSE, …) or starts with one and then {@code -}, {@code _}, {@code .} or a space; or</li>
 * <li>its text names another file of its own folder ({@code x.pdf} next to it): a file list or table describing the
 * folder, as {@code MANIFEST.md} describes the PDFs beside it. A paper's text does not name the files around it.</li>
 * </ol>
 * Every other text file, a user's own paper text whatever it is called, is read as a paper. Notes files are left out
 * visibly (the ingest summary, {@code extract}'s stderr), never silently; a file named on the command line is always
 * read, so naming it is how to read a notes file as a paper anyway. One instance per command: it caches the file
 * names of each folder it looks into. Local files go through {@link #whyNotes(Path)}; files on other file systems
 * (the Spark job's HDFS or S3 inputs) through {@link #whyNotes(String, String, Function, Function)} with their own
 * listing and reading.
 */
public final class NotesFiles {
    /** Extensions of the plain-text formats; other formats are never notes. */
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
    /** Notes name a sibling early; no need to read a long file to the end. */
    static final int MAX_CHARS = 256 * 1024;
    static final Set<String> NAMES = loadNames();
    /** What cannot be inside a file name as written in notes: white space, table bars, quotes, brackets, slashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|`'\"<>*,;:/\\\\()\\[\\]{}=]+");
    private static final Pattern TRAILING = Pattern.compile("[.!?]+$");

    private final Map<String, Set<String>> namesByFolder = new HashMap<>();

    /** Why {@code file}, found in a folder walk, is a notes file rather than a paper; empty for a paper. */
    public Optional<String> whyNotes(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return whyNotes(file.getFileName().toString(), folder == null ? "" : folder.toString(),
                f -> folder == null ? Set.of() : fileNames(folder), n -> head(file));
    }

    /**
     * The same rule for a file of any file system.
     *
     * @param name       the file's name
     * @param folder     its folder, as a key for the cached listing
     * @param fileNames  the lower-cased names of the regular files of a folder (called once per folder)
     * @param head       the file's first {@link #MAX_CHARS} characters, given that number (called only when the
     *                   name does not decide)
     */
    public Optional<String> whyNotes(String name, String folder, Function<String, Set<String>> fileNames,
                                     Function<Integer, String> head) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String stem = name.substring(0, dot).toLowerCase(Locale.ROOT);
        String byName = notesName(stem);
        if (byName != null) {
            return Optional.of("a notes file, not a paper (its name is " + byName.toUpperCase(Locale.ROOT) + ")");
        }
        Set<String> named = siblingsNamed(name, namesByFolder.computeIfAbsent(folder, fileNames),
                () -> head.apply(MAX_CHARS));
        if (!named.isEmpty()) {
            return Optional.of("a notes file, not a paper (it names " + named.size() + " other file"
                    + (named.size() == 1 ? "" : "s") + " of its folder, e.g. " + named.iterator().next() + ")");
        }
        return Optional.empty();
    }

    /** The notes name {@code stem} is or starts with, or null. */
    static String notesName(String stem) {
        for (String n : NAMES) {
            if (stem.equals(n) || stem.startsWith(n) && stem.length() > n.length()
                    && "-_. ".indexOf(stem.charAt(n.length())) >= 0) {
                return n;
            }
        }
        return null;
    }

    /** The names of the other files of the folder ({@code siblings}) that the file's text mentions, sorted. */
    private static Set<String> siblingsNamed(String name, Set<String> siblings, Supplier<String> text) {
        String self = name.toLowerCase(Locale.ROOT);
        Set<String> named = new TreeSet<>();
        if (siblings.size() <= 1) {
            return named;
        }
        for (String token : SEPARATORS.split(text.get())) {
            String t = TRAILING.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
            if (!t.equals(self) && siblings.contains(t)) {
                named.add(t);
            }
        }
        return named;
    }

    /** Lower-cased names of the regular files in {@code folder}. */
    private static Set<String> fileNames(Path folder) {
        Set<String> names = new HashSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
        } catch (IOException | UncheckedIOException e) {
            return Set.of(); // an unlistable folder was already reported by the walk
        }
        return names;
    }

    /**
     * The first {@link #MAX_CHARS} characters, malformed bytes replaced: the extractor, not this test, reports a
     * file that is not UTF-8; unreadable is "no siblings named", and the extractor then reports it.
     */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return head(in, MAX_CHARS);
        } catch (IOException e) {
            return "";
        }
    }

    /** The first {@code maxChars} characters of a stream as UTF-8, malformed bytes replaced. */
    public static String head(InputStream in, int maxChars) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] buf = new char[maxChars];
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
        int n = 0;
        for (int r; n < buf.length && (r = reader.read(buf, n, buf.length - n)) > 0; ) {
            n += r;
        }
        return new String(buf, 0, n);
    }

    private static Set<String> loadNames() {
        try (InputStream in = NotesFiles.class.getResourceAsStream("notes-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("notes-names.txt missing from the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
            return Set.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
