package org.quotetrace.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.nlp.Token;
import org.quotetrace.quotes.CueLexicon;

/**
 * Tells whether a sentence printed outside quotation marks names a source for its words: whether it
 * attributes what it says to someone ("police said the men ...", "..., the council said.",
 * "according to Europol"), so that it is reported speech the quote stage missed rather than
 * uncredited reuse.
 *
 * <p>A verb of saying alone is not attribution: many of them also describe deeds ("the police
 * charged two men", "a meeting has been called", "residents can read it at the library", "the
 * alleged production"). A cue verb attributes only when it is used to report, that is active and
 * finite, and followed by what is reported:
 * <ul>
 * <li>a clause: "that", "whether", a colon or a quotation mark, or words with a finite verb of their
 * own before the next comma ("said the repairs would take a month", "told reporters the plan had
 * failed"); a direct object alone ("charged the men this week") is no clause;</li>
 * <li>for verbs whose object is the content ({@code models/cue-verbs-with-object.txt}: "confirmed the
 * arrests", "emphasized the need"), a noun phrase; verbs that also describe what things show
 * ("the case highlights") need a subject that names a speaker (a name, a pronoun or a role noun),
 * and naming verbs ("called", "dubbed") after a noun or a comma name a thing instead;</li>
 * <li>nothing, after a comma ("..., the council said.", "..., figures show."); or, right after a comma
 * that closes a clause, its subject ("the repairs will take a month, said Ann Lee, the mayor").</li>
 * </ul>
 * A passive ("was charged"), an infinitive ("to announce"), a participle after a preposition ("for
 * allegedly producing") or a modifier ("the alleged production") never attributes.
 */
public final class SourceNaming {

    /** Verbs that name a thing when they follow a noun or a comma ("a platform called X", ", dubbed X,"). */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "name");
    /** Verbs whose hearer comes before the content ("told reporters the plan failed"). */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "inform", "assure", "remind", "warn", "advise",
            "ask", "promise", "caution", "brief", "notify", "email");
    private static final Set<String> PASSIVE_AUX = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "'s", "’s", "'re", "’re", "get", "gets", "got", "gotten", "getting");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "how", "why", "what", "when", "where",
            "if", ":");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "where", "when");
    private static final String QUOTE_MARKS = "\"'“”‘’«»";
    /** At most this many words of hearer ("told The Morning Post") before the content. */
    private static final int MAX_HEARER = 5;

    private final CueLexicon cues;

    public SourceNaming(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * Whether the sentence {@code text[start, end)}, whose tokens are {@code tokens} (in text order),
     * names a source for what it says.
     */
    public boolean namesSource(String text, int start, int end, List<Token> tokens) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String phrase : cues.sourceAfterPhrases()) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lemma = "VERB".equals(token.pos()) ? cues.verbLemma(token.text()) : null;
            if (lemma != null && reports(tokens, i, lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue verb at {@code i} is used to report something. */
    private boolean reports(List<Token> tokens, int i, String lemma) {
        int before = previousWord(tokens, i);
        if (before >= 0) {
            Token prev = tokens.get(before);
            String word = lower(prev);
            boolean passive = PASSIVE_AUX.contains(word);
            boolean infinitive = word.equals("to");
            boolean afterPreposition = "ADP".equals(prev.pos())
                    || "SCONJ".equals(prev.pos()) && lower(tokens.get(i)).endsWith("ing");
            boolean modifier = ("DET".equals(prev.pos()) || word.endsWith("'s") || word.endsWith("’s"))
                    && i + 1 < tokens.size()
                    && ("NOUN".equals(tokens.get(i + 1).pos()) || "ADJ".equals(tokens.get(i + 1).pos()));
            if (passive || infinitive || afterPreposition || modifier) {
                return false;
            }
        }
        int afterCue = skipTime(tokens, i + 1);
        if (afterCue < tokens.size() && clauseFollows(tokens, afterCue)) {
            return true; // "said the repairs would ...", "told The Daily Post the plan had ..."
        }
        int next = HEARER_VERBS.contains(lemma) ? skipHearer(tokens, afterCue) : afterCue;
        if (next >= tokens.size() || isEnd(tokens.get(next))) {
            return commaBefore(tokens, i); // "..., figures show."
        }
        String first = lower(tokens.get(next));
        if (CLAUSE_OPENERS.contains(first) || QUOTE_MARKS.indexOf(first.charAt(0)) >= 0) {
            return true;
        }
        if (next > afterCue && clauseFollows(tokens, next)) {
            return true;
        }
        if (cues.takesObjectContent(lemma) && nounPhraseStarts(tokens.get(next))) {
            return objectReports(tokens, i, before, lemma);
        }
        return before >= 0 && isCommaOrQuote(tokens.get(before)) && nounPhraseStarts(tokens.get(next))
                && !NAMING.contains(lemma) && finiteBefore(tokens, before);
    }

    /** "CONTENT, said X": a finite verb before {@code at}, so what precedes the comma is a clause, not a subject. */
    private static boolean finiteBefore(List<Token> tokens, int at) {
        for (int k = 1; k < at; k++) {
            if (finite(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** For a verb whose object is the content: whether its subject may be a speaker and it does not name a thing. */
    private boolean objectReports(List<Token> tokens, int i, int before, String lemma) {
        if (before < 0) {
            return false;
        }
        Token prev = tokens.get(before);
        if (NAMING.contains(lemma) && (prev.text().equals(",") || "NOUN".equals(prev.pos()))) {
            return false;
        }
        if (cues.needsSpeakerSubject(lemma)) {
            return "PROPN".equals(prev.pos()) || "PRON".equals(prev.pos()) || cues.isRoleNoun(prev.lowerLemma());
        }
        return !prev.text().equals(",") || commaBefore(tokens, before); // "Europol, the EU agency, confirmed ..."
    }

    /**
     * Whether the words from {@code from} up to the next comma, relative pronoun or subordinator
     * hold a subject and a finite verb: reported content, not a direct object.
     */
    private static boolean clauseFollows(List<Token> tokens, int from) {
        boolean nominal = false;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String word = lower(t);
            if (k > from && (isEnd(t) || word.equals(",") || word.equals(";") || word.equals("(")
                    || RELATIVES.contains(word) || "SCONJ".equals(t.pos()))) {
                return false;
            }
            if ("CCONJ".equals(t.pos()) && k + 1 < tokens.size() && tokens.get(k + 1).isVerb()) {
                return false; // "charged the men and seized ...": a second deed of the same subject
            }
            if (nominal && finite(tokens, k)) {
                return true;
            }
            String pos = t.pos();
            nominal |= "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos) || "NUM".equals(pos);
        }
        return false;
    }

    /**
     * Whether the verb at {@code k} can head a clause: an auxiliary, or a verb that is no participle
     * ("-ing", before "by", after an article or adjective), hyphenated adjective or infinitive.
     */
    private static boolean finite(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if ("AUX".equals(t.pos())) {
            return true;
        }
        if (!"VERB".equals(t.pos()) || lower(t).endsWith("ing") || t.text().contains("-")) {
            return false;
        }
        if (k + 1 < tokens.size() && lower(tokens.get(k + 1)).equals("by")) {
            return false; // "the challenges posed by ...": a participle
        }
        Token prev = tokens.get(k - 1);
        String word = lower(prev);
        return !word.equals("to") && !word.equals("-") && !"DET".equals(prev.pos()) && !"ADJ".equals(prev.pos())
                && !"ADP".equals(prev.pos());
    }

    private int skipTime(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if ("ADV".equals(t.pos()) && !lower(t).equals("how") && !lower(t).equals("why") || cues.isTimeWord(t.text())) {
                k++;
            } else if (k + 1 < tokens.size() && ("ADP".equals(t.pos()) || "DET".equals(t.pos()))
                    && cues.isTimeWord(tokens.get(k + 1).text())) {
                k += 2; // "on Friday", "last week"
            } else {
                break;
            }
        }
        return k;
    }

    private static int skipHearer(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < MAX_HEARER) {
            String pos = tokens.get(k).pos();
            if (!"DET".equals(pos) && !"PROPN".equals(pos) && !"PRON".equals(pos) || lower(tokens.get(k)).equals("it")) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Whether a comma or a quotation mark (not the sentence's first token) stands before {@code at}. */
    private static boolean commaBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k > 0; k--) {
            if (isCommaOrQuote(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommaOrQuote(Token t) {
        String word = t.text();
        return word.equals(",") || word.length() == 1 && QUOTE_MARKS.indexOf(word.charAt(0)) >= 0;
    }

    private static boolean nounPhraseStarts(Token t) {
        String pos = t.pos();
        return "DET".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos) || "ADJ".equals(pos)
                || "NUM".equals(pos);
    }

    private static boolean isEnd(Token t) {
        String word = t.text();
        return word.equals(".") || word.equals("!") || word.equals("?") || word.equals("…");
    }

    /** The index of the nearest token before {@code i} that is not an adverb or "not", or -1. */
    private static int previousWord(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && ("ADV".equals(tokens.get(k).pos()) || "PART".equals(tokens.get(k).pos())
                && !lower(tokens.get(k)).equals("to"))) {
            k--;
        }
        return k;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
