package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a speaker mention ("Europol's executive director Catherine De Bolle", "a spokesman for EU
 * law enforcement agency Europol", "She", "EUROPOL") into a {@link SpeakerDescription}: its kind,
 * the name in it, the roles and the organisation.
 */
public final class MentionReader {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "la", "le", "du", "del",
            "da", "bin", "al", "ter", "di", "mc", "st.");
    private static final Set<String> ORGANISATION_WORDS = Set.of("agency", "foundation", "police", "council", "union",
            "ministry", "department", "office", "commission", "committee", "party", "house", "court", "bureau",
            "association", "institute", "university", "news", "times", "post", "service", "group", "centre", "center",
            "force", "forces", "government", "organisation", "organization", "network", "campaign", "fund", "bank",
            "corporation", "inc", "ltd", "company", "press", "federal", "national", "international", "european",
            "watch", "cooperation", "team", "board", "senate", "congress", "administration", "europol", "interpol",
            "fbi", "cnn", "reuters", "afp", "bbc");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "this", "that", "these", "those", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.", "sir");

    private final SpeakerLexicon lexicon;

    public MentionReader(SpeakerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads {@code mention}. */
    public SpeakerDescription read(String mention) {
        String trimmed = mention.strip();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(trimmed);
        while (m.find()) {
            words.add(m.group().replaceAll("['’]s$", "").replaceAll("[.]$", ""));
        }
        if (words.size() == 1 && lexicon.pronounReferents(words.get(0)) != null) {
            String refs = lexicon.pronounReferents(words.get(0));
            String gender = refs.contains("m") && !refs.contains("f") ? "m" : refs.contains("f") && !refs.contains("m") ? "f" : "";
            return new SpeakerDescription(MentionKind.PRONOUN, "", List.of(), "", gender);
        }
        List<String> roles = rolesIn(trimmed.toLowerCase(Locale.ROOT));
        List<List<String>> runs = capitalisedRuns(words);
        List<String> person = null;
        List<String> organisation = null;
        for (List<String> run : runs) {
            if (looksLikePerson(run)) {
                person = run;
            } else if (organisation == null) {
                organisation = run;
            }
        }
        String roleGender = roles.stream().map(lexicon::roleGender).filter(g -> !g.isEmpty()).findFirst().orElse("");
        String org = organisation == null ? "" : display(organisation);
        if (person != null) {
            String gender = lexicon.givenNameGender(person.get(0));
            return new SpeakerDescription(MentionKind.PERSON, display(person), roles, org,
                    gender.isEmpty() ? roleGender : gender);
        }
        boolean personRole = roles.stream().anyMatch(r -> !lexicon.isOrganisationRole(r));
        if (!roles.isEmpty() && (organisation == null || personRole)) {
            return new SpeakerDescription(MentionKind.NOMINAL, "", roles, org, roleGender);
        }
        if (organisation != null) {
            return new SpeakerDescription(MentionKind.ORGANISATION, org, roles, org, "");
        }
        return new SpeakerDescription(MentionKind.NOMINAL, "", List.of(trimmed.toLowerCase(Locale.ROOT)), "", "");
    }

    private List<String> rolesIn(String lower) {
        List<String> found = new ArrayList<>();
        String padded = " " + lower.replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
        for (String role : lexicon.roles()) {
            if (padded.contains(" " + role + " ") && found.stream().noneMatch(f -> f.contains(role))) {
                found.add(role);
            }
        }
        return found;
    }

    private List<List<String>> capitalisedRuns(List<String> words) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean capital = Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                    && !lexicon.isRole(w);
            boolean particle = !run.isEmpty() && NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                    && i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).charAt(0));
            if (capital || particle) {
                run.add(w);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private boolean looksLikePerson(List<String> run) {
        if (run.size() < 2 || run.size() > 5) {
            return false;
        }
        for (String w : run) {
            if (ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** A display form of a name: all-capital words longer than four letters are put in title case. */
    static String display(List<String> run) {
        List<String> out = new ArrayList<>();
        for (String w : run) {
            if (w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
                out.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
