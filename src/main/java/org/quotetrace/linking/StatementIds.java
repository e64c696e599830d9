package org.quotetrace.linking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Statement ids derived from content, not from a counter: {@code s-} and the first 10 hex digits
 * of the SHA-1 of the reference wording's comparison forms joined by spaces. Adding an article
 * leaves the id of every statement whose reference wording stays the same unchanged.
 */
public final class StatementIds {

    private StatementIds() {
    }

    /** The id of a statement whose reference wording has these comparison forms. */
    public static String of(List<String> referenceForms) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest(String.join(" ", referenceForms).getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from the JDK", e);
        }
    }
}
