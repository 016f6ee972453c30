package org.simine.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.simine.extract.InputProblem;
import org.simine.extract.NotesFiles;
import org.simine.extract.SiMineExtractor;

/**
 * Expands the job's inputs on the driver as the command line expands its arguments: a file is taken as given (the
 * extractor names an unsupported type), a folder is walked recursively for supported types in path order, leaving
 * out its notes files (a README or MANIFEST, a file list: {@link NotesFiles}, the command line's rule), a missing
 * path or a folder without papers is a failure of its own. Inputs are anything Hadoop's file systems read: local
 * paths, file:, hdfs://, s3a://, ...
 *
 * @param files    files to extract, in input order (local paths stay paths, other file systems stay URIs)
 * @param failures inputs that gave no file
 * @param notes    notes files left out of folders, each as the command line reports it
 */
public record InputListing(List<String> files, List<FileResult> failures, List<String> notes) {

    public static InputListing of(List<String> inputs, Configuration hadoop) throws IOException {
        List<String> files = new ArrayList<>();
        List<FileResult> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        NotesFiles notesRule = new NotesFiles();
        for (String input : inputs) {
            Path p = new Path(toUri(input));
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                failures.add(FileResult.failed(-1, input, InputProblem.NOT_FOUND.name(),
                        input + ": no such file or directory"));
            } else if (fs.getFileStatus(p).isDirectory()) {
                int notesBefore = notes.size();
                List<String> found = new ArrayList<>();
                for (Path f : supportedUnder(fs, p)) {
                    String name = named(f, fs, p, input);
                    notesRule.whyNotes(f.getName(), f.getParent().toString(), folder -> fileNames(fs, f.getParent()),
                                    max -> head(fs, f, max))
                            .ifPresentOrElse(why -> notes.add(name + ": " + why
                                    + "; name it on the command line to read it as a paper"), () -> found.add(name));
                }
                if (found.isEmpty()) {
                    failures.add(FileResult.failed(-1, input, InputProblem.NOT_FOUND.name(), input
                            + (notes.size() > notesBefore ? ": directory has no papers, only notes files"
                            : ": directory has no " + extensionList() + " files")));
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        return new InputListing(List.copyOf(files), List.copyOf(failures), List.copyOf(notes));
    }

    /** True when the input is a local path rather than a URI with a scheme. */
    static boolean isLocalPath(String input) {
        try {
            URI uri = new URI(input);
            return uri.getScheme() == null || uri.getScheme().length() <= 1;
        } catch (URISyntaxException notAUri) {
            return true;
        }
    }

    /** A local path (relative or absolute) or a URI with a scheme. */
    public static URI toUri(String input) {
        try {
            URI uri = new URI(input);
            if (uri.getScheme() != null && uri.getScheme().length() > 1) {
                return uri;
            }
        } catch (URISyntaxException notAUri) {
            // a local path with characters a URI does not allow (spaces, ...)
        }
        return Paths.get(input).toAbsolutePath().normalize().toUri();
    }

    /** Supported files under a folder, sorted by path. */
    private static List<Path> supportedUnder(FileSystem fs, Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (s.isFile() && supported(s.getPath().getName())) {
                found.add(s.getPath());
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * A file found under a folder, named as the folder was named: a relative local folder gives relative paths (as
     * {@code ./simine extract} names them), a URI gives URIs under it.
     */
    private static String named(Path file, FileSystem fs, Path dir, String input) {
        String base = fs.makeQualified(dir).toUri().getPath();
        String rest = file.toUri().getPath().substring(base.length()).replaceFirst("^/", "");
        return isLocalPath(input) ? Paths.get(input).resolve(rest).toString()
                : input.replaceFirst("/+$", "") + "/" + rest;
    }

    /** Lower-cased names of the regular files of a folder (none when it cannot be listed). */
    private static Set<String> fileNames(FileSystem fs, Path folder) {
        Set<String> names = new HashSet<>();
        try {
            for (FileStatus s : fs.listStatus(folder)) {
                if (s.isFile()) {
                    names.add(s.getPath().getName().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            return Set.of();
        }
        return names;
    }

    /** The file's first characters; unreadable is "names no file" (the extractor then reports the file). */
    private static String head(FileSystem fs, Path file, int maxChars) {
        try (InputStream in = fs.open(file)) {
            return NotesFiles.head(in, maxChars);
        } catch (IOException e) {
            return "";
        }
    }

    static boolean supported(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && SiMineExtractor.SUPPORTED_EXTENSIONS.contains(lower.substring(dot + 1));
    }

    private static String extensionList() {
        return SiMineExtractor.SUPPORTED_EXTENSIONS.stream().sorted().map(e -> "." + e)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
