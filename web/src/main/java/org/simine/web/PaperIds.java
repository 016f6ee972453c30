package org.simine.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.simine.index.SiMineIndex;
import org.simine.index.document.Paper;

/**
 * Paper ids in URLs: the paper's document id (a DOI or {@code sha256:…}) in unpadded base64url. DOIs hold
 * slashes, semicolons and brackets that servers treat specially in paths; this form holds only
 * {@code [A-Za-z0-9_-]}, maps back without a lookup table and cannot spell a path.
 */
public final class PaperIds {
    /** Long enough for any DOI in practice; longer input is refused before decoding. */
    static final int MAX_LENGTH = 700;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private PaperIds() {
    }

    public static String of(String docId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(docId.getBytes(StandardCharsets.UTF_8));
    }

    /** The indexed paper a paper id names, or empty for anything else, whatever it looks like. */
    public static Optional<Paper> find(SiMineIndex index, String paperId) throws IOException {
        Optional<String> docId = docId(paperId);
        return docId.isPresent() ? index.paper(docId.get()) : Optional.empty();
    }

    /** The document id a paper id stands for, or empty when it is not a paper id at all. */
    public static Optional<String> docId(String paperId) {
        if (paperId == null || !SHAPE.matcher(paperId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(paperId), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
