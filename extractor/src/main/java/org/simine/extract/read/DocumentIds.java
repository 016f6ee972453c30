package org.simine.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document ids: the paper's own DOI when it prints one up front, else a hash of the file's bytes. */
public final class DocumentIds {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    /** A DOI labelled as the paper's own ("DOI: …", "doi.org/…") wins over one merely cited nearby. */
    private static final Pattern LABELLED_DOI = Pattern.compile("(?i)(?:\\bdoi\\s*:?\\s*|doi\\.org/)(10\\.\\d{4,9}/\\S+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:)\\]}>'\"”’]+$");
    /** How many leading pages may hold the paper's DOI; later ones are mostly references. */
    static final int DOI_PAGES = 2;
    /** Plain text has no pages: look at about two pages' worth of characters instead. */
    static final int DOI_CHARS_UNPAGINATED = 8000;

    private DocumentIds() {
    }

    /** The first DOI on the leading pages, lower-cased and without trailing punctuation. */
    public static Optional<String> findDoi(List<Page> pages, boolean paginated) {
        StringBuilder head = new StringBuilder();
        for (Page page : pages.subList(0, Math.min(DOI_PAGES, pages.size()))) {
            head.append(page.text()).append('\n');
            // Running headers and footers often carry the DOI; they are dropped from the text, not from this search.
            for (Block b : page.blocks()) {
                if (!b.inText() && b.kind() != org.simine.extract.pdf.BlockKind.REFERENCE) {
                    head.append(b.text()).append('\n');
                }
            }
        }
        String text = paginated ? head.toString() : head.substring(0, Math.min(head.length(), DOI_CHARS_UNPAGINATED));
        Matcher labelled = LABELLED_DOI.matcher(text);
        if (labelled.find()) {
            return clean(labelled.group(1));
        }
        Matcher any = DOI.matcher(text);
        return any.find() ? clean(any.group()) : Optional.empty();
    }

    /** {@code sha256:<hex>} of the file's bytes, read as a stream so large files need no memory. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static Optional<String> clean(String doi) {
        String trimmed = TRAILING_PUNCTUATION.matcher(doi).replaceAll("");
        return DOI.matcher(trimmed).matches() ? Optional.of(trimmed.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
