package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.util.ModelResources;

/**
 * Word lists the attribution stage reads mentions with: role and title nouns with their tag (gender,
 * body or group), title words that precede names ("acting", "Det"), pronouns and what they may
 * refer to, and given names with a conventional gender. Loaded from {@code models/}.
 */
public final class SpeakerLexicon {

    private final Map<String, String> roleTags;
    private final List<String> rolesLongestFirst;
    private final Set<String> titleWords;
    private final Map<String, String> pronounReferents;
    private final Map<String, String> givenNameGender;
    private Set<String> nonSpeakerNouns = Set.of();
    private Set<String> placeWords = Set.of();
    private Set<String> firmWords = Set.of();

    public SpeakerLexicon(Map<String, String> roleTags, Set<String> titleWords, Map<String, String> pronounReferents,
                          Map<String, String> givenNameGender) {
        this.roleTags = Map.copyOf(roleTags);
        List<String> roles = new ArrayList<>(roleTags.keySet());
        roles.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.rolesLongestFirst = List.copyOf(roles);
        this.titleWords = Set.copyOf(titleWords);
        this.pronounReferents = Map.copyOf(pronounReferents);
        this.givenNameGender = Map.copyOf(givenNameGender);
    }

    /** A lexicon without title words. */
    public SpeakerLexicon(Map<String, String> roleTags, Map<String, String> pronounReferents, Map<String, String> givenNameGender) {
        this(roleTags, Set.of(), pronounReferents, givenNameGender);
    }

    /** The lexicon shipped in {@code models/}. */
    public static SpeakerLexicon standard() {
        Set<String> titles = new HashSet<>();
        for (String line : ModelResources.lines("title-words.txt")) {
            titles.add(line.toLowerCase(Locale.ROOT));
        }
        SpeakerLexicon lexicon = new SpeakerLexicon(tabbed("role-nouns.txt"), titles, tabbed("pronouns.txt"),
                tabbed("given-names.txt"));
        Set<String> nonSpeakers = new HashSet<>();
        for (String file : List.of("non-speaker-nouns.txt", "time-words.txt")) {
            ModelResources.lines(file).forEach(line -> nonSpeakers.add(line.strip().toLowerCase(Locale.ROOT)));
        }
        lexicon.nonSpeakerNouns = Set.copyOf(nonSpeakers);
        Set<String> places = new HashSet<>();
        ModelResources.lines("place-words.txt").forEach(line -> places.add(line.strip().toLowerCase(Locale.ROOT)));
        lexicon.placeWords = Set.copyOf(places);
        Set<String> firms = new HashSet<>();
        ModelResources.lines("firm-words.txt").forEach(line -> firms.add(line.strip().toLowerCase(Locale.ROOT)));
        lexicon.firmWords = Set.copyOf(firms);
        return lexicon;
    }

    /**
     * Whether {@code word} (any case) can never name a speaker: research, documents and media
     * ({@code non-speaker-nouns.txt}) and words of time ({@code time-words.txt}).
     */
    public boolean isNonSpeakerNoun(String word) {
        return nonSpeakerNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (any case) ends the name of a street or place ({@code place-words.txt}: "Road", "Quay"). */
    public boolean isPlaceWord(String word) {
        return placeWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} (any case) ends the name of a firm or a news outlet ({@code firm-words.txt}:
     * "Contractors", "Chronicle").
     */
    public boolean isFirmWord(String word) {
        return firmWords.contains(word.toLowerCase(Locale.ROOT));
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
        return roleTags.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (any case, a trailing full stop ignored) is a title word such as "acting" or "Supt". */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** The gender a role noun carries (m, f) or empty. */
    public String roleGender(String role) {
        String tag = roleTags.getOrDefault(role.toLowerCase(Locale.ROOT), "");
        return tag.equals("m") || tag.equals("f") ? tag : "";
    }

    /** Whether a role noun names a body or its output rather than a person ("the agency", "the statement"). */
    public boolean isOrganisationRole(String role) {
        return "o".equals(roleTags.get(role.toLowerCase(Locale.ROOT)));
    }

    /** Whether a role noun names a group of people ("officials", "experts"). */
    public boolean isGroupRole(String role) {
        return "p".equals(roleTags.get(role.toLowerCase(Locale.ROOT)));
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
