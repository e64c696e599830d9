package org.quotetrace.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.nlp.Token;

/**
 * One sentence seen by the reported-speech finder: its tokens, which of them lie inside direct
 * quotes, where its speech cues are, and small grammatical tests on them (passive, participle,
 * coordination, clause boundaries). Indices are token indices of the sentence.
 */
final class SentenceView {

    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "name");
    private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "since", "because", "if",
            "when", "whereas", "after", "before", "once", "unless");
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("while", "before", "after", "when", "by", "without",
            "since", "in", "on", "upon");

    private final List<Token> tokens;
    private final boolean[] inDirect;
    private final CueMatcher cues;

    SentenceView(List<Token> tokens, List<QuoteSpan> direct, CueMatcher cues) {
        this.tokens = tokens;
        this.cues = cues;
        this.inDirect = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            for (QuoteSpan quote : direct) {
                if (token.start() >= quote.start() && token.end() <= quote.end()) {
                    inDirect[i] = true;
                    break;
                }
            }
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean inDirect(int i) {
        return inDirect[i];
    }

    CueLexicon lexicon() {
        return cues.lexicon();
    }

    /** The speech cue starting at {@code i}, or null: a verb of saying, or a verb-and-preposition cue. */
    CueAt cueAt(int i) {
        boolean clauseParticiple = participleTaggedAsNoun(i);
        if (verbTaggedAsNoun(i)) {
            String lemma = cues.lexicon().verbLemma(text(i));
            return new CueAt(i, i + 1, lemma);
        }
        if (!tokens.get(i).isVerb() && cues.verbCue(tokens, i) == null && !clauseParticiple) {
            return null;
        }
        int phrase = "VERB".equals(pos(i)) || clauseParticiple ? cues.objectPhraseLength(tokens, i) : 0;
        if (phrase > 1) {
            StringBuilder lemma = new StringBuilder(tokens.get(i).lowerLemma());
            for (int k = i + 1; k < i + phrase; k++) {
                lemma.append(' ').append(lower(k));
            }
            return new CueAt(i, i + phrase, lemma.toString());
        }
        String lemma = clauseParticiple ? cues.lexicon().verbLemma(text(i)) : cues.verbCue(tokens, i);
        return lemma == null ? null : new CueAt(i, i + 1, lemma);
    }

    /**
     * "officials stress that ...", "the Foundation (IWF) reports that ...": a speech verb between
     * its subject and "that" read as a noun.
     */
    private boolean verbTaggedAsNoun(int i) {
        if (i == 0 || i + 1 >= tokens.size() || !"NOUN".equals(pos(i)) || cues.lexicon().verbLemma(text(i)) == null) {
            return false;
        }
        String before = pos(i - 1);
        boolean afterAcronym = text(i - 1).equals(")"); // a name closed by its parenthesised acronym
        return lower(i + 1).equals("that") && ("SCONJ".equals(pos(i + 1)) || afterAcronym)
                && ("NOUN".equals(before) || "PROPN".equals(before) || "PRON".equals(before) || afterAcronym);
    }

    /** Whether the cue word at {@code i} modifies a noun as an adjective ("the alleged production"). */
    boolean isAttributive(int i) {
        if (i == 0) {
            return false;
        }
        boolean beforeNoun = i + 1 < tokens.size() && ("NOUN".equals(pos(i + 1)) || "ADJ".equals(pos(i + 1)));
        String prev = lower(i - 1);
        boolean modifierSlot = "DET".equals(pos(i - 1)) || "ADJ".equals(pos(i - 1)) && !isCapitalisedWord(i - 1)
                || prev.endsWith("'s") || prev.endsWith("\u2019s");
        return beforeNoun && modifierSlot;
    }

    /** Whether a naming verb follows its noun as a reduced relative ("a company called X"). */
    boolean isReducedRelative(int i, String lemma) {
        if (i == 0 || !NAMING.contains(lemma) || !lower(i).endsWith("ed")) {
            return false;
        }
        if (text(i - 1).equals(",")) {
            return true; // "a visa initiative, called the EB-5 program"
        }
        if (!"NOUN".equals(pos(i - 1)) && !"PROPN".equals(pos(i - 1))) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && ("NOUN".equals(pos(k - 1)) || "PROPN".equals(pos(k - 1)) || "ADJ".equals(pos(k - 1))
                || "DET".equals(pos(k - 1)) || "NUM".equals(pos(k - 1)))) {
            k--;
        }
        // the noun is an object ("through a company called X"), not a subject ("Warren called")
        return k > 0 && ("ADP".equals(pos(k - 1)) || tokens.get(k - 1).isVerb());
    }

    /** Whether the sentence opens with a subordinator ("While", "Since", "Although") whose clause holds {@code i}. */
    boolean opensWithSubordinator(int i) {
        int k = 0;
        while (k < i && (isPunct(k) || "CCONJ".equals(pos(k)))) {
            k++;
        }
        if (k >= i || !SUBORDINATORS.contains(lower(k))) {
            return false;
        }
        for (int j = k; j < i; j++) {
            if (text(j).equals(",") && !inDirect[j]) {
                return false;
            }
        }
        return true;
    }

    private boolean isCapitalisedWord(int i) {
        return Character.isUpperCase(text(i).charAt(0));
    }

    /**
     * Whether the -ing cue at {@code i} is no finite verb: neither a participle opening a clause, nor
     * after "is/was/has been", nor "authorities insisting that" / "with analysts saying".
     */
    boolean isStrayGerund(int i) {
        if (!lower(i).endsWith("ing") || isParticiple(i)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && "ADV".equals(pos(k))) {
            k--;
        }
        if (k >= 0 && "AUX".equals(pos(k))) {
            return false;
        }
        if (isWithSubject(i)) {
            return false;
        }
        boolean afterNoun = k >= 0 && ("NOUN".equals(pos(k)) || "PROPN".equals(pos(k)));
        boolean thatFollows = i + 1 < tokens.size() && lower(i + 1).equals("that");
        boolean saying = "say".equals(cues.lexicon().verbLemma(text(i))); // "a statement saying he ..."
        return !(afterNoun && (thatFollows || saying));
    }

    /** ", warning of ...": a speech participle after a comma that the tagger read as a noun. */
    private boolean participleTaggedAsNoun(int i) {
        return i > 0 && (text(i - 1).equals(",") || PARTICIPLE_OPENERS.contains(lower(i - 1))) && lower(i).endsWith("ing") && "NOUN".equals(pos(i))
                && cues.lexicon().verbLemma(text(i)) != null;
    }

    /** Whether the verb at {@code i} is passive ("is accused", "has been criticized"). */
    boolean isPassive(int i) {
        if (lower(i).endsWith("ing")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && ("ADV".equals(pos(k)) || "PART".equals(pos(k)) && !lower(k).equals("to"))) {
            k--;
        }
        if (k < 0 || !"AUX".equals(pos(k))) {
            return false;
        }
        String lemma = tokens.get(k).lowerLemma();
        return lemma.equals("be") || lemma.equals("get");
    }

    /** Whether the verb at {@code i} is an infinitive ("declined to comment"). */
    boolean isInfinitive(int i) {
        return i > 0 && lower(i - 1).equals("to");
    }

    /** Whether the verb at {@code i} is a participle opening a clause (", adding", "while noting", "Insisting"). */
    boolean isParticiple(int i) {
        if (!lower(i).endsWith("ing") || !tokens.get(i).isVerb() && !participleTaggedAsNoun(i)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        while (i > 1 && "ADV".equals(pos(i - 1))) {
            i--; // ", apparently suggesting"
        }
        String before = text(i - 1);
        return before.equals(",") || before.equals(";") || DASHES.contains(before)
                || PARTICIPLE_OPENERS.contains(lower(i - 1)) || "CCONJ".equals(pos(i - 1));
    }

    /** Whether the -ing cue at {@code i} modifies the noun before it ("a statement saying", "polls suggesting"). */
    boolean isNounModifier(int i) {
        if (i == 0 || !lower(i).endsWith("ing") || !("NOUN".equals(pos(i - 1)) || "PROPN".equals(pos(i - 1)))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (lower(k).equals("with")) {
                return false; // "with analysts saying ..."
            }
        }
        return true;
    }

    /** Whether the -ing cue at {@code i} follows the noun it modifies ("authorities insisting that", "a statement saying"). */
    boolean isNounModifierCue(int i) {
        if (!lower(i).endsWith("ing") || isParticiple(i) || isWithSubject(i)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && "ADV".equals(pos(k))) {
            k--;
        }
        return k >= 0 && ("NOUN".equals(pos(k)) || "PROPN".equals(pos(k)));
    }

    /** Whether {@code i} is the subject of "with analysts saying ...". */
    boolean isWithSubject(int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (lower(k).equals("with")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative word stands right before {@code i} ("what he is calling", "which Europol said"). */
    boolean isRelativeBefore(int i) {
        if (i <= 0) {
            return false;
        }
        String w = lower(i - 1);
        return w.equals("what") || w.equals("which") || w.equals("who") || w.equals("whom")
                || w.equals("that") && !"SCONJ".equals(pos(i - 1));
    }

    /** Whether the verb at {@code i} continues a coordination ("... and said", "...; blamed") after an earlier verb. */
    boolean isCoordinated(int i) {
        int k = i - 1;
        while (k >= 0 && ("ADV".equals(pos(k)) || "AUX".equals(pos(k)))) {
            k--;
        }
        if (k <= 0) {
            return false;
        }
        String t = text(k);
        boolean joiner = "CCONJ".equals(pos(k)) || t.equals(";") || t.equals(",") && !NAMING.contains(tokens.get(i).lowerLemma());
        if (!joiner) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).isVerb() && !inDirect[j]) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the sentence's first verb before {@code limit}, or null. */
    int[] sentenceSubject(int limit) {
        for (int j = 0; j < limit; j++) {
            if (tokens.get(j).isVerb() && !inDirect[j] && !isParticiple(j)) {
                return SourcePhrase.subjectBefore(tokens, j, 0, cues.lexicon());
            }
        }
        return null;
    }

    /**
     * Whether the tokens before {@code at} end a content with a comma ("..., X said";
     * "...,” the paper wrote").
     */
    boolean endsContentBefore(int at) {
        if (at < 2) {
            return false;
        }
        String t = text(at - 1);
        if (t.equals(",")) {
            return true;
        }
        return isQuoteMark(at - 1) && at >= 3 && text(at - 2).equals(",");
    }

    /**
     * The end of an inverted attribution's tail ("X said." / "said X, in a statement Friday."),
     * starting at {@code from}: the sentence end, or a comma after which a second content piece
     * starts ("..., X said, CONTENT"). -1 when the tail holds a clause of its own.
     */
    int inversionTail(int from) {
        if (from < tokens.size() && text(from).equals(",") && hasClauseAfter(from + 1)) {
            return from;
        }
        if (from < tokens.size() && !inDirect[from]) {
            String p = pos(from);
            boolean object = ("DET".equals(p) || "NOUN".equals(p) || "PRON".equals(p) || "ADJ".equals(p) || "NUM".equals(p)
                    || "PROPN".equals(p)) && !cues.lexicon().isTimeWord(text(from));
            if (object) {
                return -1;
            }
        }
        for (int k = from; k < tokens.size(); k++) {
            if (inDirect[k]) {
                continue;
            }
            if (text(k).equals(",") && k + 1 < tokens.size()) {
                CueAt next = cueAt(k + 1);
                if (next != null && isParticiple(k + 1)) {
                    return k;
                }
                if (k > from && "ADP".equals(pos(from)) && hasClauseAfter(k + 1)) {
                    return k; // "Fraudsters, he said in the video, don't last long."
                }
            }
            if (tokens.get(k).isVerb() || text(k).equals(";") || isQuoteMark(k) || "SCONJ".equals(pos(k))) {
                return -1;
            }
        }
        return tokens.size();
    }

    private boolean hasClauseAfter(int from) {
        if (from >= tokens.size() || isQuoteMark(from) || inDirect[from]) {
            return false;
        }
        CueAt cue = cueAt(from);
        if (cue != null) {
            return false;
        }
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).isVerb() && !inDirect[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the subject starting at {@code subjectStart} follows a sentence-opening "As" ("As Europol announced, ..."). */
    boolean isAsClause(int subjectStart) {
        return subjectStart >= 1 && lower(subjectStart - 1).equals("as") && onlyLeadIn(subjectStart - 1);
    }

    /** The index after a short hearer ("told me", "told reporters") starting at {@code from}. */
    int afterHearer(int from) {
        int k = from;
        while (k < tokens.size() && k - from < 3 && ("PRON".equals(pos(k)) || "PROPN".equals(pos(k)) || "NOUN".equals(pos(k)))) {
            k++;
        }
        return k;
    }

    /** Index after the last token that is not punctuation. */
    int lastWordEnd() {
        int k = tokens.size();
        while (k > 0 && isPunct(k - 1)) {
            k--;
        }
        return k;
    }

    /** Whether the tokens before {@code at} are only a lead-in ("But", ",") so that a cue opens the sentence. */
    boolean onlyLeadIn(int at) {
        for (int k = 0; k < at; k++) {
            if (!isPunct(k) && !"CCONJ".equals(pos(k)) && !"ADV".equals(pos(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first content token of the sentence after a dateline ("WASHINGTON (AP) —", "(CNN) —"). */
    int contentStart() {
        for (int k = 1; k < Math.min(tokens.size(), 14); k++) {
            if (!DASHES.contains(text(k))) {
                continue;
            }
            String before = text(k - 1);
            if (before.equals(")") || isUpperWord(before)) {
                return k + 1;
            }
            return 0;
        }
        return 0;
    }

    boolean isPunct(int i) {
        return "PUNCT".equals(pos(i)) || text(i).chars().noneMatch(Character::isLetterOrDigit);
    }

    boolean isQuoteMark(int i) {
        String t = text(i);
        return t.length() == 1 && (QuoteMarks.isDoubleMark(t.charAt(0)) || t.charAt(0) == '\'' || t.charAt(0) == '\u2018'
                || t.charAt(0) == '\u2019') || t.equals("''") || t.equals("``");
    }

    private static boolean isUpperWord(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == ',');
    }
}
