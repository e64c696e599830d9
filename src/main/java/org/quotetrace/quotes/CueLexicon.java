package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.util.ModelResources;

/**
 * The speech cues the finders recognise: verbs of saying with their inflected forms
 * ({@code models/cue-verbs.txt}), the verbs whose object is the reported content
 * ({@code models/cue-verbs-with-object.txt}), multi-word cues such as "according to", "in a
 * statement" or "warned of" ({@code models/cue-phrases.txt}) and the words of time that may stand
 * between a cue and its content ({@code models/time-words.txt}).
 */
public final class CueLexicon {

    private static final String SOURCE_AFTER = "source-after:";
    private static final String OBJECT_AFTER = "object-after:";
    private static final String QUOTE_AFTER = "quote-after:";

    private final Map<String, String> verbFormToLemma;
    private final List<String> sourceAfterPhrases;
    private final List<String> nounPhrases;
    private final Set<String> objectVerbs;
    private final List<String> objectPhrases;
    private final Set<String> timeWords;
    private List<String> quoteIntroPhrases = List.of();
    private Set<String> speakerVerbs = Set.of();
    private Set<String> speakerClauseVerbs = Set.of();
    private Set<String> roleNouns = Set.of();

    public CueLexicon(Map<String, String> verbFormToLemma, List<String> sourceAfterPhrases, List<String> nounPhrases) {
        this(verbFormToLemma, sourceAfterPhrases, nounPhrases, Set.of(), List.of(), Set.of());
    }

    /**
     * @param verbFormToLemma    inflected verb form (lower case) to its lemma
     * @param sourceAfterPhrases cues followed by their source ("according to")
     * @param nounPhrases        nominal cue phrases ("in a statement")
     * @param objectVerbs        lemmas whose direct object is the reported content ("emphasize")
     * @param objectPhrases      verb-and-preposition cues whose object is the content ("warn of")
     * @param timeWords          words of time that may follow a cue ("Tuesday", "yesterday")
     */
    public CueLexicon(Map<String, String> verbFormToLemma, List<String> sourceAfterPhrases, List<String> nounPhrases,
                      Set<String> objectVerbs, List<String> objectPhrases, Set<String> timeWords) {
        this.verbFormToLemma = Map.copyOf(verbFormToLemma);
        this.sourceAfterPhrases = List.copyOf(sourceAfterPhrases);
        this.nounPhrases = List.copyOf(nounPhrases);
        this.objectVerbs = Set.copyOf(objectVerbs);
        this.objectPhrases = List.copyOf(objectPhrases);
        this.timeWords = Set.copyOf(timeWords);
    }

    /** The lexicon shipped in {@code models/}. */
    public static CueLexicon standard() {
        Map<String, String> forms = new HashMap<>();
        for (String line : ModelResources.lines("cue-verbs.txt")) {
            String[] words = line.split("\\s+");
            for (String word : words) {
                forms.putIfAbsent(word.toLowerCase(Locale.ROOT), words[0]);
            }
        }
        List<String> after = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> objectPhrases = new ArrayList<>();
        List<String> quoteIntros = new ArrayList<>();
        for (String line : ModelResources.lines("cue-phrases.txt")) {
            if (line.startsWith(QUOTE_AFTER)) {
                quoteIntros.add(line.substring(QUOTE_AFTER.length()).strip().toLowerCase(Locale.ROOT));
            } else if (line.startsWith(SOURCE_AFTER)) {
                after.add(line.substring(SOURCE_AFTER.length()).strip().toLowerCase(Locale.ROOT));
            } else if (line.startsWith(OBJECT_AFTER)) {
                objectPhrases.add(line.substring(OBJECT_AFTER.length()).strip().toLowerCase(Locale.ROOT));
            } else {
                nouns.add(line.toLowerCase(Locale.ROOT));
            }
        }
        CueLexicon lexicon = new CueLexicon(forms, after, nouns, lowerCased(ModelResources.lines("cue-verbs-with-object.txt")),
                objectPhrases, lowerCased(ModelResources.lines("time-words.txt")));
        List<String[]> needSpeaker = ModelResources.lines("cue-verbs-need-speaker.txt").stream()
                .map(line -> line.strip().split("\\s+")).toList();
        lexicon.speakerVerbs = lowerCased(needSpeaker.stream().map(fields -> fields[0]).toList());
        lexicon.speakerClauseVerbs = lowerCased(needSpeaker.stream()
                .filter(fields -> fields.length > 1 && fields[1].equalsIgnoreCase("clause")).map(fields -> fields[0]).toList());
        lexicon.quoteIntroPhrases = List.copyOf(quoteIntros);
        lexicon.roleNouns = lowerCased(ModelResources.lines("role-nouns.txt").stream()
                .map(line -> line.split("\t")[0].strip()).toList());
        return lexicon;
    }

    /** Whether noun-phrase content of {@code lemma} needs a subject that names a speaker ("the case highlights" does not). */
    public boolean needsSpeakerSubject(String lemma) {
        return speakerVerbs.contains(lemma);
    }

    /**
     * Whether even clause content of {@code lemma} needs a subject that names a speaker ("Europol
     * indicated that ..." reports, "the polls indicate that ..." does not).
     */
    public boolean needsSpeakerForClause(String lemma) {
        return speakerClauseVerbs.contains(lemma);
    }

    /** Whether {@code lemma} is the noun of a nominal cue phrase ("statement" of "in a statement"). */
    public boolean isSpeechEventNoun(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        for (String phrase : nounPhrases) {
            String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
            if (last.equals(l) || (last.endsWith("s") && last.substring(0, last.length() - 1).equals(l))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lemma} is a role noun that names a speaker ("spokesman", "director"). */
    public boolean isRoleNoun(String lemma) {
        return roleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCased(List<String> lines) {
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** The lemma of a speech verb form ("said" gives "say"), or null when the word is no cue. */
    public String verbLemma(String word) {
        return verbFormToLemma.get(word.toLowerCase(Locale.ROOT));
    }

    /** Phrases whose source follows them ("according to X"). */
    public List<String> sourceAfterPhrases() {
        return sourceAfterPhrases;
    }

    /** Nominal cue phrases ("in a statement"). */
    public List<String> nounPhrases() {
        return nounPhrases;
    }

    /** Whether the direct object of the speech verb {@code lemma} is reported content ("emphasized the need"). */
    public boolean takesObjectContent(String lemma) {
        return objectVerbs.contains(lemma);
    }

    /** Verb-and-preposition cues whose object is the content ("warn of"), as lower-case words. */
    public List<String> objectPhrases() {
        return objectPhrases;
    }

    /**
     * Verb phrases that introduce a direct quote standing right after them, their subject being the
     * speaker ("speak of", "use the words": <i>The mayor spoke of "a dark day"</i>), as lower-case
     * lemmas and words.
     */
    public List<String> quoteIntroPhrases() {
        return quoteIntroPhrases;
    }

    /** Whether {@code word} is a word of time ("Tuesday", "yesterday") that may follow a cue. */
    public boolean isTimeWord(String word) {
        return timeWords.contains(word.toLowerCase(Locale.ROOT));
    }
}
