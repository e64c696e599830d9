package org.quotetrace.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotetrace.nlp.Token;

/**
 * Recognises speech cues among tokens: verbs of saying from the {@link CueLexicon} and
 * source-after phrases such as "according to".
 */
public final class CueMatcher {

    /** The words of each lexicon phrase, split once (phrases are few and fixed). */
    private static final Map<String, String[]> PHRASE_WORDS = new ConcurrentHashMap<>();

    private final CueLexicon lexicon;

    public CueMatcher(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The lexicon behind this matcher. */
    public CueLexicon lexicon() {
        return lexicon;
    }

    /** The cue lemma when {@code tokens[i]} is a verb of saying used as a verb, else null. */
    public String verbCue(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String lemma = lexicon.verbLemma(token.text());
        if (lemma == null) {
            return null;
        }
        String pos = token.pos();
        boolean verbLike = "VERB".equals(pos) || "AUX".equals(pos)
                // taggers sometimes read a sentence-final "said" after a name as a noun or adjective
                || ("said".equalsIgnoreCase(token.text()) && !"ADJ".equals(pos))
                || ("says".equalsIgnoreCase(token.text()));
        return verbLike ? lemma : null;
    }

    /**
     * The number of tokens of a source-after phrase ("according to") starting at {@code i}, or 0.
     */
    public int sourceAfterPhraseLength(List<Token> tokens, int i) {
        for (String phrase : lexicon.sourceAfterPhrases()) {
            String[] words = PHRASE_WORDS.computeIfAbsent(phrase, p -> p.split(" "));
            if (i + words.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(words[k]);
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /**
     * The number of tokens of a verb-and-preposition cue whose object is the content ("warned of",
     * "has raised concerns over") starting at {@code i}, or 0. Words match the token's lemma or text.
     */
    public int objectPhraseLength(List<Token> tokens, int i) {
        return longestMatch(lexicon.objectPhrases(), tokens, i, true, lexicon);
    }

    /**
     * The number of tokens of a phrase that introduces a direct quote ("spoke of", "used the words")
     * starting at {@code i}, or 0. Words match the token's lemma or text.
     */
    public int quoteIntroPhraseLength(List<Token> tokens, int i) {
        return longestMatch(lexicon.quoteIntroPhrases(), tokens, i, true, lexicon);
    }

    /** The number of tokens of a nominal cue phrase ("in a statement") starting at {@code i}, or 0. */
    public int nounPhraseLength(List<Token> tokens, int i) {
        return longestMatch(lexicon.nounPhrases(), tokens, i, false, lexicon);
    }

    private static int longestMatch(List<String> phrases, List<Token> tokens, int i, boolean lemmas, CueLexicon lexicon) {
        int best = 0;
        for (String phrase : phrases) {
            String[] words = PHRASE_WORDS.computeIfAbsent(phrase, p -> p.split(" "));
            if (words.length <= best || i + words.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                Token token = tokens.get(i + k);
                String text = token.text().toLowerCase(Locale.ROOT);
                all = text.equals(words[k]) || (lemmas && (token.lowerLemma().equals(words[k])
                        || words[k].equals(lexicon.verbLemma(text))));
            }
            if (all) {
                best = words.length;
            }
        }
        return best;
    }

    /** A cue built from tokens {@code [from, to)}. */
    public static Cue cue(String text, List<Token> tokens, int from, int to, String lemma) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Cue(start, end, text.substring(start, end), lemma);
    }
}
