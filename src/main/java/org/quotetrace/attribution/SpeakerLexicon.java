package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.util.ModelResources;

/**
 * Word lists the attribution stage reads mentions with: role and title nouns (with gender where the
 * noun carries one), pronouns and what they may refer to, and given names with a conventional
 * gender. Loaded from {@code models/}.
 */
public final class SpeakerLexicon {

    private static final Set<String> ORGANISATION_ROLES = Set.of("agency", "organisation", "organization", "ministry",
            "department", "police", "statement", "press release", "campaign", "authorities");

    private final Map<String, String> roleGender;
    private final List<String> rolesLongestFirst;
    private final Map<String, String> pronounReferents;
    private final Map<String, String> givenNameGender;

    public SpeakerLexicon(Map<String, String> roleGender, Map<String, String> pronounReferents, Map<String, String> givenNameGender) {
        this.roleGender = Map.copyOf(roleGender);
        List<String> roles = new ArrayList<>(roleGender.keySet());
        roles.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.rolesLongestFirst = List.copyOf(roles);
        this.pronounReferents = Map.copyOf(pronounReferents);
        this.givenNameGender = Map.copyOf(givenNameGender);
    }

    /** The lexicon shipped in {@code models/}. */
    public static SpeakerLexicon standard() {
        return new SpeakerLexicon(tabbed("role-nouns.txt"), tabbed("pronouns.txt"), tabbed("given-names.txt"));
    }

    private static Map<String, String> tabbed(String file) {
        Map<String, String> map = new HashMap<>();
        for (String line : ModelResources.lines(file)) {
            String[] parts = line.split("\t", 2);
            map.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        }
        return map;
    }

    /** Role nouns, longest first, lower case. */
    public List<String> roles() {
        return rolesLongestFirst;
    }

    /** Whether {@code word} (any case) is a role noun. */
    public boolean isRole(String word) {
        return roleGender.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a role noun carries (m, f) or empty. */
    public String roleGender(String role) {
        return roleGender.getOrDefault(role.toLowerCase(Locale.ROOT), "");
    }

    /** Whether a role noun names a body rather than a person ("the agency", "the statement"). */
    public boolean isOrganisationRole(String role) {
        return ORGANISATION_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** What a pronoun may refer to (letters m, f, o, p), or null when {@code word} is no pronoun. */
    public String pronounReferents(String word) {
        return pronounReferents.get(word.toLowerCase(Locale.ROOT));
    }

    /** The conventional gender of a given name (m, f) or empty. */
    public String givenNameGender(String name) {
        return givenNameGender.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
}
