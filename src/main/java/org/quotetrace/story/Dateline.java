package org.quotetrace.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline a wire story opens with ("Feb. 28 (UPI) — ", "(CNN) — ",
 * "WASHINGTON (Reuters) - ", "LONDON — "), which is not part of the first sentence.
 */
final class Dateline {

    private static final Pattern AGENCY = Pattern.compile(
            "^(?:[A-Z][\\p{L}.]*,?\\s+|\\d{1,2},?\\s+){0,4}\\([A-Z][\\p{L}. ]{0,24}\\)\\s*[—–-]{1,2}\\s*");
    private static final Pattern PLACE = Pattern.compile("^[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,2}\\s*[—–]\\s*");

    private Dateline() {
    }

    /** The length of the dateline at the start of {@code paragraph}, 0 when there is none. */
    static int length(String paragraph) {
        Matcher m = AGENCY.matcher(paragraph);
        if (m.find() && m.end() < paragraph.length()) {
            return m.end();
        }
        m = PLACE.matcher(paragraph);
        if (m.find() && m.end() < paragraph.length()) {
            return m.end();
        }
        return 0;
    }
}
