package org.simine.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.simine.extract.InputProblem;
import org.simine.extract.SiMineExtractor;

/**
 * Expands the job's inputs on the driver as the command line expands its arguments: a file is taken as given (the
 * extractor names an unsupported type), a folder is walked recursively for supported types in path order, a
 * missing path or a folder without papers is a failure of its own. Inputs are anything Hadoop's file systems read:
 * local paths, file:, hdfs://, s3a://, ...
 *
 * @param files    files to extract, in input order (local paths stay paths, other file systems stay URIs)
 * @param failures inputs that gave no file
 */
record InputListing(List<String> files, List<FileResult> failures) {

    static InputListing of(List<String> inputs, Configuration hadoop) throws IOException {
        List<String> files = new ArrayList<>();
        List<FileResult> failures = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(toUri(input));
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                failures.add(FileResult.failed(-1, input, InputProblem.NOT_FOUND.name(),
                        input + ": no such file or directory"));
            } else if (fs.getFileStatus(p).isDirectory()) {
                List<String> found = supportedUnder(fs, p, input);
                if (found.isEmpty()) {
                    failures.add(FileResult.failed(-1, input, InputProblem.NOT_FOUND.name(),
                            input + ": directory has no " + extensionList() + " files"));
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        return new InputListing(List.copyOf(files), List.copyOf(failures));
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
    static URI toUri(String input) {
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

    /**
     * Files under a folder, sorted by path, named as the folder was named: a relative local folder gives relative
     * paths (as {@code ./simine extract} names them), a URI gives URIs under it.
     */
    private static List<String> supportedUnder(FileSystem fs, Path dir, String input) throws IOException {
        String base = fs.makeQualified(dir).toUri().getPath();
        boolean uri = !isLocalPath(input);
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (s.isFile() && supported(s.getPath().getName())) {
                String rest = s.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/", "");
                found.add(uri ? input.replaceFirst("/+$", "") + "/" + rest : Paths.get(input).resolve(rest).toString());
            }
        }
        found.sort(null);
        return found;
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
