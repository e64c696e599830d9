package org.quotetrace.synth;

import java.util.List;
import java.util.Locale;

/**
 * An invented speaker of the synthetic corpus: a person, an organisation or an organisation's
 * unnamed spokesperson. Carries what the gold's {@code speakers.json} needs (slug, display name,
 * regular expressions for the names a tracker may use) and what articles need to mention it.
 *
 * @param slug      canonical id, unique in the corpus
 * @param name      canonical display name
 * @param kind      person, organisation or spokesperson
 * @param female    for persons and spokespeople: whether "she" (else "he") refers to them
 * @param title     title used before a person's name ("Dr", "Councillor"), empty if none
 * @param given     a person's given name, empty otherwise
 * @param surname   a person's surname, empty otherwise
 * @param role      role noun ("chief executive", "spokeswoman"), or the short noun of an organisation
 * @param affiliation the body the speaker belongs to or speaks for ("the Wendmoor District Council"), may be empty
 * @param patterns  regular expressions (case-insensitive, full match) for acceptable speaker names
 */
record SynthSpeaker(String slug, String name, Kind kind, boolean female, String title, String given, String surname,
                    String role, String affiliation, List<String> patterns) {

    /** What sort of speaker this is. */
    enum Kind { PERSON, ORGANISATION, SPOKESPERSON }

    SynthSpeaker {
        patterns = List.copyOf(patterns);
    }

    /** A person called {@code given surname}. */
    static SynthSpeaker person(String given, String surname, boolean female, String title, String role, String affiliation) {
        String name = given + " " + surname;
        // A title or the role may stand before the name, as in the articles ("Dr", "Chief executive").
        String prefix = "((" + (title.isEmpty() ? "" : regex(title.toLowerCase(Locale.ROOT)) + "\\.?|")
                + regex(role.toLowerCase(Locale.ROOT)) + ") )?";
        List<String> patterns = List.of(prefix + "(" + regex(given) + " )?" + regex(surname));
        return new SynthSpeaker(slug(name), name, Kind.PERSON, female, title, given, surname, role, affiliation, patterns);
    }

    /** An organisation named {@code name} ("Wendmoor District Council") with its short noun ("council"). */
    static SynthSpeaker organisation(String name, String place, String type, String shortNoun) {
        List<String> patterns = List.of("(the )?(" + regex(place) + " )?" + regex(type),
                "(the )?" + regex(place) + " " + regex(shortNoun));
        return new SynthSpeaker(slug(name), name, Kind.ORGANISATION, false, "", "", "", shortNoun, "", patterns);
    }

    /** The unnamed spokesperson of {@code organisation}. */
    static SynthSpeaker spokesperson(SynthSpeaker organisation, boolean female, String noun) {
        String org = regex(organisation.name());
        List<String> patterns = List.of(
                "(an? |the )?(" + org + "(['’]s)? )?spokes(man|person|woman)",
                "(an? |the )?spokes(man|person|woman) (for|of|at) (the )?" + org);
        return new SynthSpeaker(organisation.slug() + "-spokesperson", organisation.name() + " spokesperson",
                Kind.SPOKESPERSON, female, "", "", "", noun, "the " + organisation.name(), patterns);
    }

    /** The subject pronoun: she, he or it. */
    String pronoun() {
        return kind == Kind.ORGANISATION ? "it" : female ? "she" : "he";
    }

    /** The possessive determiner: her, his or its. */
    String possessive() {
        return kind == Kind.ORGANISATION ? "its" : female ? "her" : "his";
    }

    /** The reflexive pronoun: herself, himself or itself. */
    String reflexive() {
        return kind == Kind.ORGANISATION ? "itself" : female ? "herself" : "himself";
    }

    /** A slug: lower case letters and digits joined by single hyphens. */
    static String slug(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /** {@code literal} escaped for a regular expression (Java and Python alike). */
    static String regex(String literal) {
        StringBuilder out = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                out.append(c);
            } else if (c == '\'' || c == '’') {
                out.append("['’]");
            } else {
                out.append('\\').append(c);
            }
        }
        return out.toString();
    }
}
