package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.util.ModelResources;

/**
 * Reads a speaker mention ("Europol's executive director Catherine De Bolle", "a spokesman for EU
 * law enforcement agency Europol", "She", "EUROPOL", "AFP Det Acting Supt Jane Roe",
 * "the Internet Watch Foundation (IWF)") into a {@link SpeakerDescription}.
 *
 * <p>The mention is cut into chunks at commas and brackets (appositions), each chunk into role
 * nouns, title words and runs of capitalised words. A run of two to five name-like words is a
 * person; a single capitalised word right after a personal title ("Detective Roe") is a surname;
 * other runs are organisations. The organisation a role belongs to is, in this order, the run right
 * after a body noun ("agency Europol"), a chunk that is nothing but a name, a possessive
 * ("Europol's"), or the first run.
 */
public final class MentionReader {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&/-]*|[,()\\[\\];:—–]");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "la", "le", "du", "del",
            "da", "bin", "al", "ter", "di", "mc", "st.");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "this", "that", "these", "those", "which", "who", "and", "but", "also", "in", "on", "at", "as", "for", "of");

    private static final Pattern POSSESSIVE_END = Pattern.compile(".*['’]s?$");
    private static final Pattern POSSESSIVE_SUFFIX = Pattern.compile("['’]s?$");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");

    private final SpeakerLexicon lexicon;
    private final Set<String> organisationWords;
    /** The number of words of each role of {@code lexicon.roles()}, in the same order. */
    private final int[] roleLengths;

    public MentionReader(SpeakerLexicon lexicon) {
        this(lexicon, loadOrganisationWords());
    }

    MentionReader(SpeakerLexicon lexicon, Set<String> organisationWords) {
        this.lexicon = lexicon;
        this.organisationWords = Set.copyOf(organisationWords);
        this.roleLengths = lexicon.roles().stream().mapToInt(role -> role.split("[ ]").length).toArray();
    }

    private static Set<String> loadOrganisationWords() {
        Set<String> words = new HashSet<>();
        for (String line : ModelResources.lines("organisation-words.txt")) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** One word of a mention. */
    private record Word(String text, boolean possessive) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }
    }

    /** A run of capitalised words inside a chunk, with what stands around it. */
    private record Run(List<Word> words, int chunk, boolean wholeChunk, String before, boolean afterPersonTitle) {
        boolean possessive() {
            return words.get(words.size() - 1).possessive();
        }

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    /** The word lists behind this reader. */
    public SpeakerLexicon lexicon() {
        return lexicon;
    }

    /** Reads {@code mention}. */
    public SpeakerDescription read(String mention) {
        List<List<Word>> chunks = chunks(mention.strip());
        List<Word> all = chunks.stream().flatMap(List::stream).toList();
        if (all.size() == 1 && lexicon.pronounReferents(all.get(0).text()) != null) {
            String refs = lexicon.pronounReferents(all.get(0).text());
            String gender = refs.contains("m") && !refs.contains("f") ? "m" : refs.contains("f") && !refs.contains("m") ? "f" : "";
            return new SpeakerDescription(MentionKind.PRONOUN, "", List.of(), "", gender);
        }
        List<String> roles = new ArrayList<>();
        List<String> namedBodyNouns = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            readChunk(chunks.get(c), c, roles, namedBodyNouns, runs);
        }
        Run person = null;
        for (Run run : runs) {
            if (isPerson(run)) {
                person = run;
            }
        }
        String organisation = chooseOrganisation(runs, person);
        List<String> aliases = new ArrayList<>();
        for (Run run : runs) {
            if (run != person && run.wholeChunk() && !run.possessive() && !display(run).equals(organisation)) {
                aliases.add(display(run));
            }
        }
        String roleGender = roles.stream().map(lexicon::roleGender).filter(g -> !g.isEmpty()).findFirst().orElse("");
        boolean personRole = roles.stream().anyMatch(r -> !lexicon.isOrganisationRole(r) && !lexicon.isGroupRole(r));
        if (person != null || personRole) {
            // "a Northby Borough Council spokesman": "council" names the body, it is no role of the speaker
            roles.removeAll(namedBodyNouns);
        }
        if (person != null) {
            String gender = person.words().size() > 1 ? lexicon.givenNameGender(person.words().get(0).text()) : "";
            return new SpeakerDescription(MentionKind.PERSON, display(person), roles, organisation,
                    gender.isEmpty() ? roleGender : gender);
        }
        if (personRole) {
            return new SpeakerDescription(MentionKind.NOMINAL, "", roles, organisation, roleGender);
        }
        if (!organisation.isEmpty()) {
            return new SpeakerDescription(MentionKind.ORGANISATION, organisation, roles, organisation, "", aliases);
        }
        if (!roles.isEmpty()) {
            return new SpeakerDescription(MentionKind.NOMINAL, "", roles, "", roleGender);
        }
        return new SpeakerDescription(MentionKind.NOMINAL, "", List.of(bareDescription(all)), "", "");
    }

    private static List<List<Word>> chunks(String mention) {
        List<List<Word>> chunks = new ArrayList<>();
        List<Word> chunk = new ArrayList<>();
        Matcher m = TOKEN.matcher(mention);
        while (m.find()) {
            String t = m.group();
            if (t.length() == 1 && ",()[];:—–".indexOf(t.charAt(0)) >= 0) {
                if (!chunk.isEmpty()) {
                    chunks.add(chunk);
                    chunk = new ArrayList<>();
                }
                continue;
            }
            boolean possessive = POSSESSIVE_END.matcher(t).matches() && t.length() > 2;
            String text = POSSESSIVE_SUFFIX.matcher(t).replaceAll("");
            if (!text.isEmpty()) {
                chunk.add(new Word(text, possessive));
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Reads one chunk into {@code roles} and name {@code runs}; a body noun that ends up inside a
     * name ("Council" of "Northby Borough Council") is also added to {@code namedBodyNouns}.
     */
    private void readChunk(List<Word> words, int chunkIndex, List<String> roles, List<String> namedBodyNouns, List<Run> runs) {
        int n = words.size();
        boolean[] isRole = new boolean[n];
        boolean[] isOrgRole = new boolean[n];
        String[] roleAtWord = new String[n];
        for (int i = 0; i < n; ) {
            int length = roleAt(words, i, roles);
            if (length > 0) {
                boolean body = lexicon.isOrganisationRole(joined(words, i, i + length));
                for (int k = i; k < i + length; k++) {
                    isRole[k] = true;
                    isOrgRole[k] = body;
                }
                if (length == 1) {
                    roleAtWord[i] = joined(words, i, i + 1);
                }
                i += length;
            } else {
                i++;
            }
        }
        List<Word> run = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            boolean capital = w.capitalised() && !NOT_NAMES.contains(w.lower()) && !lexicon.isTitleWord(w.text());
            boolean capitalBodyNoun = capital && isRole[i] && !run.isEmpty()
                    && (isOrgRole[i] || organisationWords.contains(w.lower()));
            boolean particle = !run.isEmpty() && NAME_PARTICLES.contains(w.lower()) && i + 1 < n
                    && words.get(i + 1).capitalised();
            boolean connector = !run.isEmpty() && CONNECTORS.contains(w.lower()) && i + 1 < n
                    && words.get(i + 1).capitalised()
                    && (hasOrganisationWord(run) || hasOrganisationWord(words.subList(i + 1, n)));
            boolean member = (capital && (!isRole[i] || capitalBodyNoun)) || particle || connector;
            if (!member) {
                closeRun(words, run, runStart, chunkIndex, isRole, isOrgRole, runs);
                run = new ArrayList<>();
                continue;
            }
            if (run.isEmpty()) {
                runStart = i;
            }
            if (capitalBodyNoun && roleAtWord[i] != null) {
                namedBodyNouns.add(roleAtWord[i]);
            }
            run.add(w);
            if (w.possessive()) {
                // a possessive closes its run: "Europol's executive director"
                closeRun(words, run, runStart, chunkIndex, isRole, isOrgRole, runs);
                run = new ArrayList<>();
            }
        }
        closeRun(words, run, runStart, chunkIndex, isRole, isOrgRole, runs);
    }

    private void closeRun(List<Word> words, List<Word> run, int runStart, int chunkIndex, boolean[] isRole,
                          boolean[] isOrgRole, List<Run> runs) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1).lower())) {
            run.remove(run.size() - 1);
        }
        if (run.isEmpty()) {
            return;
        }
        int end = runStart + run.size();
        boolean whole = onlyDeterminersOutside(words, runStart, end);
        String before = runStart > 0 ? words.get(runStart - 1).lower() : "";
        boolean afterTitle = runStart > 0 && (isRole[runStart - 1] && !isOrgRole[runStart - 1]
                || lexicon.isTitleWord(words.get(runStart - 1).text()));
        runs.add(new Run(List.copyOf(run), chunkIndex, whole, before, afterTitle));
    }

    /** The length (in words) of the longest role noun starting at {@code i}, added to {@code roles}; 0 if none. */
    private int roleAt(List<Word> words, int i, List<String> roles) {
        List<String> known = lexicon.roles();
        String[] joinedByLength = new String[8];
        for (int r = 0; r < known.size(); r++) {
            String role = known.get(r);
            int length = roleLengths[r];
            if (i + length > words.size()) {
                continue;
            }
            String joined;
            if (length < joinedByLength.length) {
                if (joinedByLength[length] == null) {
                    joinedByLength[length] = joined(words, i, i + length);
                }
                joined = joinedByLength[length];
            } else {
                joined = joined(words, i, i + length);
            }
            if (joined.equals(role)) {
                String canonical = role;
                if (roles.stream().noneMatch(x -> x.contains(canonical))) {
                    roles.add(role);
                }
                return length;
            }
        }
        return 0;
    }

    private static String joined(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.get(i).lower());
        }
        return sb.toString();
    }

    private static boolean onlyDeterminersOutside(List<Word> words, int start, int end) {
        for (int i = 0; i < words.size(); i++) {
            if ((i < start || i >= end) && !DETERMINERS.contains(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasOrganisationWord(List<Word> words) {
        for (Word w : words) {
            if (organisationWords.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPerson(Run run) {
        List<Word> words = run.words();
        if (run.possessive() && !run.afterPersonTitle()) {
            return false;
        }
        if (hasOrganisationWord(words)) {
            return false;
        }
        if (DETERMINERS.contains(run.before()) && !run.afterPersonTitle()) {
            // "chair of the Northby Chamber": a name after an article is a body or a place, not a person
            return false;
        }
        for (Word w : words) {
            boolean acronym = w.text().length() > 1 && w.text().equals(w.text().toUpperCase(Locale.ROOT))
                    && w.text().chars().filter(Character::isLetter).count() > 1;
            if (acronym || CONNECTORS.contains(w.lower()) && !NAME_PARTICLES.contains(w.lower())) {
                return false;
            }
        }
        if (words.size() == 1) {
            return run.afterPersonTitle();
        }
        return words.size() <= 5;
    }

    private String chooseOrganisation(List<Run> runs, Run person) {
        Run chosen = null;
        for (Run run : runs) {
            if (run != person && !run.before().isEmpty() && lexicon.isOrganisationRole(run.before()) && !run.afterPersonTitle()) {
                chosen = run;
                break;
            }
        }
        if (chosen == null) {
            for (Run run : runs) {
                if (run != person && run.wholeChunk() && !run.possessive()) {
                    chosen = run;
                    break;
                }
            }
        }
        if (chosen == null) {
            for (Run run : runs) {
                if (run != person && run.possessive()) {
                    chosen = run;
                    break;
                }
            }
        }
        if (chosen == null) {
            for (Run run : runs) {
                if (run != person) {
                    chosen = run;
                    break;
                }
            }
        }
        return chosen == null ? "" : display(chosen);
    }

    private static String bareDescription(List<Word> words) {
        List<String> kept = new ArrayList<>();
        for (Word w : words) {
            if (kept.isEmpty() && DETERMINERS.contains(w.lower())) {
                continue;
            }
            kept.add(w.lower());
        }
        return String.join(" ", kept);
    }

    /** A display form of a run: all-capital words longer than four letters are put in title case. */
    private static String display(Run run) {
        List<String> out = new ArrayList<>();
        for (Word word : run.words()) {
            String w = FINAL_DOT.matcher(word.text()).replaceAll("");
            if (w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
                out.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
