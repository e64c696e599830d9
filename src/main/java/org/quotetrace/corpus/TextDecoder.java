package org.quotetrace.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article file's bytes into text. UTF-8 is the rule (a UTF-8 byte-order mark is accepted
 * and kept as a character, so offsets agree with tools that decode the file as plain UTF-8);
 * UTF-16 with a byte-order mark is honoured; bytes that are not valid UTF-8 are read as
 * windows-1252 with a warning. Binary content (NUL bytes) is refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decodes {@code bytes}.
     *
     * @param name the file name, used in messages
     * @throws InputException when the content is binary
     */
    public DecodedText decode(String name, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", warnings);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name + ": looks like a binary file (contains NUL bytes), not an article");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, "UTF-8", warnings);
        } catch (CharacterCodingException e) {
            warnings.add(name + ": not valid UTF-8, read as windows-1252");
            return new DecodedText(new String(bytes, WINDOWS_1252), "windows-1252", warnings);
        }
    }
}
