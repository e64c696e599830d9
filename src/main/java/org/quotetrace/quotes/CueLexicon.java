package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.util.ModelResources;

/**
 * The speech cues the finders recognise: verbs of saying with their inflected forms
 * ({@code models/cue-verbs.txt}) and multi-word cues such as "according to" or "in a statement"
 * ({@code models/cue-phrases.txt}).
 */
public final class CueLexicon {

    private final Map<String, String> verbFormToLemma;
    private final List<String> sourceAfterPhrases;
    private final List<String> nounPhrases;

    public CueLexicon(Map<String, String> verbFormToLemma, List<String> sourceAfterPhrases, List<String> nounPhrases) {
        this.verbFormToLemma = Map.copyOf(verbFormToLemma);
        this.sourceAfterPhrases = List.copyOf(sourceAfterPhrases);
        this.nounPhrases = List.copyOf(nounPhrases);
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
        for (String line : ModelResources.lines("cue-phrases.txt")) {
            if (line.startsWith("source-after:")) {
                after.add(line.substring("source-after:".length()).strip().toLowerCase(Locale.ROOT));
            } else {
                nouns.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return new CueLexicon(forms, after, nouns);
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
}
