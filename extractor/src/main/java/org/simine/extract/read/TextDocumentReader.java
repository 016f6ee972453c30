package org.simine.extract.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.simine.extract.InputException;

/**
 * Reads {@code .txt} and {@code .md} files as strict UTF-8: a malformed byte is a BAD_ENCODING error rather
 * than a silent replacement character inside a number or unit. The whole text is one unpaginated page.
 */
public final class TextDocumentReader implements DocumentReader {
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");

    @Override
    public Document read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw InputException.unreadable(file, e);
        }
        String raw = decode(file, bytes);
        if (raw.isBlank()) {
            throw InputException.empty(file, bytes.length == 0 ? null : "only white space");
        }
        String text = TextNormaliser.normalise(raw);
        return Documents.assemble(file, markdownTitle(file, text), List.of(new Page(1, text)), false);
    }

    private static String decode(Path file, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the first byte it could not decode.
            throw InputException.badEncoding(file, in.position(), e);
        }
    }

    private static String markdownTitle(Path file, String text) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            return null;
        }
        Matcher m = MARKDOWN_TITLE.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
