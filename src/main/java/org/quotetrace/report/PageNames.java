package org.quotetrace.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each speaker id a file name stem that is safe on any file system and unique within a
 * report: the id itself when it is a plain slug, otherwise {@code speaker-} and a hash of it.
 */
final class PageNames {

    private static final Pattern PLAIN_SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private final Map<String, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** The stem for {@code speakerId}, the same every time it is asked. */
    String of(String speakerId) {
        return names.computeIfAbsent(speakerId, this::fresh);
    }

    private String fresh(String speakerId) {
        String base = PLAIN_SLUG.matcher(speakerId).matches() && !speakerId.equals("index")
                ? speakerId : "speaker-" + hash(speakerId);
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static String hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}
