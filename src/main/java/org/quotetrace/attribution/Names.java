package org.quotetrace.attribution;

import java.util.Locale;
import java.util.Set;

/** Small helpers for personal names and role nouns. */
public final class Names {

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "la", "le", "du", "del", "da",
            "bin", "al", "ter", "di");

    private Names() {
    }

    /** The surname of a personal name, with its particles: "Catherine De Bolle" gives "De Bolle". */
    public static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0) {
            return "";
        }
        int start = words.length - 1;
        if (start > 0 && words[start].matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
            start--;
        }
        int end = start + 1;
        while (start > 0 && PARTICLES.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
            start--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
    }

    /** The given name (first word) of a personal name; empty when the name is only a surname ("De Bolle"). */
    public static String givenName(String name) {
        String stripped = name.strip();
        String[] words = stripped.split("\\s+");
        int surnameWords = surname(stripped).split("\\s+").length;
        return words.length > surnameWords ? words[0] : "";
    }

    /** A gender-neutral form of a role noun: spokesman and spokeswoman become spokesperson. */
    public static String neutralRole(String role) {
        return switch (role) {
            case "spokesman", "spokeswoman" -> "spokesperson";
            case "chairman", "chairwoman" -> "chair";
            case "congressman", "congresswoman" -> "member of Congress";
            default -> role;
        };
    }

    /** The word with its first letter in upper case. */
    public static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
