package org.quotetrace.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells whether a short all-capital name abbreviates a longer one: "IWF" and "Internet Watch Foundation". */
public final class Acronyms {

    private static final Set<String> SKIPPED = Set.of("of", "for", "the", "and", "on", "&");

    private Acronyms() {
    }

    /** Whether {@code acronym} is made of the initials of {@code name}'s words (small words may be skipped). */
    static boolean abbreviates(String acronym, String name) {
        if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || !name.contains(" ")) {
            return false;
        }
        return initials(name).contains(acronym);
    }

    /**
     * The two acronyms of {@code name}: the initials of all its words, and of its words other than
     * small ones ("of", "the", ...); they may be equal.
     */
    public static List<String> initials(String name) {
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            char initial = Character.toUpperCase(word.charAt(0));
            all.append(initial);
            if (!SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                major.append(initial);
            }
        }
        return List.of(all.toString(), major.toString());
    }
}
