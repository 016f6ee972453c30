package org.simine.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A record's stable id: 16 hex digits of the SHA-256 of what identifies the fact — paper, property, value, unit,
 * material and where it was read (page, table cell or sentence and offsets). Re-extracting an unchanged paper gives
 * the same ids, and so do changes that only touch confidence, rule ids or conditions; links to a record survive
 * re-ingest. The id is not part of the record's JSON schema: anyone holding a record can compute it.
 */
public final class RecordId {
    /** 64 bits: among a million records the chance of any collision is below 1e-7. */
    static final int HEX_DIGITS = 16;

    private RecordId() {
    }

    public static String of(Record r) {
        Source s = r.source();
        StringJoiner key = new StringJoiner("\u001f");
        for (Object part : new Object[] {r.doc(), r.property().id(), r.unit().symbol(), r.value(), r.valueMax(),
                r.factor(), r.material(), s.kind().id(), s.page(), s.table(), s.row(), s.column(), s.sentence(),
                s.start(), s.end()}) {
            key.add(Objects.toString(part, ""));
        }
        return HexFormat.of().formatHex(sha256(key.toString())).substring(0, HEX_DIGITS);
    }

    /** True when {@code id} has the shape of a record id (checked before any lookup). */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == HEX_DIGITS && id.chars().allMatch(c -> (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'f'));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
