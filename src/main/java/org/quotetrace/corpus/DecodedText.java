package org.quotetrace.corpus;

import java.util.List;

/**
 * The result of decoding an article file: the text, the charset that was used, and any warnings
 * a person should see (for example a fallback from invalid UTF-8 to windows-1252).
 */
public record DecodedText(String text, String charset, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
