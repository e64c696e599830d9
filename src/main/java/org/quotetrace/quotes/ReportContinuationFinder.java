package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Finds sentences that go on reporting what a source said without a cue of their own:
 * <i>Europol stated that such material is spreading. AI models are misused to produce it. They
 * are increasingly sophisticated.</i> The second and third sentences carry Europol's statement in
 * indirect speech, although neither names a source.
 *
 * <p>The signal is the tense of a report. A news report narrates in the past ("the police
 * arrested"), but reported claims that still hold keep the present tense or a modal after a
 * past-tense cue ("stated that such material <b>is</b> spreading"). A sentence right after such
 * a report, in the same paragraph, that again speaks in the present tense (not the present
 * perfect, which news uses to narrate: "has identified 273 suspects") or with a modal, has no
 * cue, no quotation mark and no source of its own, and is not about a person ("He is a former
 * judge"), continues the report. The chain goes on sentence by sentence and stops at the first
 * sentence that does not qualify or at the paragraph end. The continuation takes the source of
 * the report, and no cue (the article writes none).
 */
public final class ReportContinuationFinder {

    /**
     * Personal pronouns: a sentence holding one is about a person ("He is a former judge") or
     * names a source of its own ("..., he concluded"), so it does not simply go on with a report.
     */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "his", "her", "i", "me", "my",
            "we", "us", "our", "you", "your");
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "who", "whom", "whose", "that", ",");
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "'s", "’s", "'re", "’re", "does",
            "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should");
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "'ve", "’ve");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did", "'d", "’d");
    private static final int MIN_TOKENS = 5;

    private final CueMatcher cues;

    public ReportContinuationFinder(CueMatcher cues) {
        this.cues = cues;
    }

    /**
     * The continuation sentences of the reports among {@code quotes} (direct and indirect quotes
     * already found in {@code annotated}), in text order.
     */
    public List<QuoteSpan> find(StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> quotes) {
        List<QuoteSpan> found = new ArrayList<>();
        List<Sentence> sentences = annotated.sentences();
        QuotesByStart index = new QuotesByStart(quotes);
        for (int s = 0; s < sentences.size(); s++) {
            QuoteSpan anchor = reportEndingSentence(sentences.get(s), index);
            if (anchor == null) {
                continue;
            }
            Paragraph paragraph = layout.paragraphAt(sentences.get(s).start());
            for (int next = s + 1; next < sentences.size(); next++) {
                Sentence sentence = sentences.get(next);
                if (paragraph == null || sentence.start() >= paragraph.end() || !layout.inBody(sentence.start())) {
                    break;
                }
                int[] range = continuation(sentence, index);
                if (range == null) {
                    break;
                }
                List<Token> tokens = sentence.tokens();
                found.add(new QuoteSpan(tokens.get(range[0]).start(), tokens.get(range[1] - 1).end(), QuoteKind.INDIRECT,
                        null, anchor.sourceStart(), anchor.sourceEnd()));
                s = next;
            }
        }
        return found;
    }

    /**
     * The indirect quote whose cue and source come before its content and whose content, a claim
     * in the present tense or with a modal, runs to the end of {@code sentence}; null if none.
     */
    private QuoteSpan reportEndingSentence(Sentence sentence, QuotesByStart quotes) {
        List<Token> tokens = sentence.tokens();
        int last = lastWord(tokens);
        if (last < 0) {
            return null;
        }
        for (QuoteSpan quote : quotes.startingIn(sentence.start(), sentence.end())) {
            if (quote.kind() != QuoteKind.INDIRECT || quote.cue() == null || !quote.hasSource()
                    || quote.start() < sentence.start() || quote.end() != tokens.get(last).end()
                    || quote.cue().start() >= quote.start() || quote.sourceStart() >= quote.start()
                    || !isSpeechVerb(quote.cue().lemma())) {
                continue;
            }
            int first = firstTokenAt(tokens, quote.start());
            if (first >= 0 && namesSpeaker(tokens, quote) && isClause(tokens, first, last + 1)
                    && claimTense(tokens, first, last + 1)) {
                return quote;
            }
        }
        return null;
    }

    /** The token range of {@code sentence} when it continues a report, else null. */
    private int[] continuation(Sentence sentence, QuotesByStart quotes) {
        if (quotes.anyOverlaps(sentence.start(), sentence.end())) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int last = lastWord(tokens);
        if (last + 1 < MIN_TOKENS || !Character.isUpperCase(tokens.get(0).text().charAt(0))
                || "CCONJ".equals(tokens.get(0).pos()) || !".".equals(tokens.get(tokens.size() - 1).text())) {
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isQuoteMark(tokens.get(i).text()) || PERSONAL_PRONOUNS.contains(lower(tokens.get(i)))
                    || cues.verbCue(tokens, i) != null
                    || cues.lexicon().verbLemma(tokens.get(i).text()) != null
                    || cues.sourceAfterPhraseLength(tokens, i) > 0 || cues.nounPhraseLength(tokens, i) > 0) {
                return null;
            }
        }
        return claimTense(tokens, 0, last + 1) ? new int[] {0, last + 1} : null;
    }

    /**
     * Whether the first finite verb of {@code tokens[from, to)} speaks in the simple or
     * progressive present or with a modal ("is", "poses", "are being misused", "would"), not in
     * the past or the present perfect.
     */
    static boolean claimTense(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (!token.isVerb()) {
                continue;
            }
            String w = lower(token);
            if (!isFinite(tokens, i, from)) {
                continue; // "AI-generated", "self - generated", "generating", "to produce": no finite verb
            }
            if (PRESENT_AUXILIARIES.contains(w)) {
                return true;
            }
            if (PERFECT_AUXILIARIES.contains(w) || PAST_AUXILIARIES.contains(w)) {
                return false;
            }
            if (!"VERB".equals(token.pos())) {
                return false;
            }
            String lemma = token.lowerLemma();
            boolean thirdPerson = w.endsWith("s") && !lemma.equals(w) && w.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)));
            boolean base = lemma.equals(w);
            if (thirdPerson || base) {
                return true;
            }
            if (w.endsWith("ed") && i > from && isNoun(tokens.get(i - 1)) && i + 1 < to && "ADP".equals(tokens.get(i + 1).pos())) {
                continue; // "content investigated in the operation": a reduced relative, not the main verb
            }
            return false;
        }
        return false;
    }

    /** Whether the report's source names a speaker: a name, a pronoun or a role noun ("officials"). */
    private boolean namesSpeaker(List<Token> tokens, QuoteSpan quote) {
        for (Token token : tokens) {
            if (token.start() >= quote.sourceStart() && token.end() <= quote.sourceEnd()
                    && ("PROPN".equals(token.pos()) || "PRON".equals(token.pos())
                    || cues.lexicon().isRoleNoun(token.lowerLemma()) || cues.lexicon().isRoleNoun(token.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content {@code tokens[from, to)} is a clause of its own: after a complementiser
     * "that", or with its first verb before any relative word or comma. "the growing threat posed by
     * such images, which depict ..." is a noun phrase.
     */
    private static boolean isClause(List<Token> tokens, int from, int to) {
        if (from > 0 && lower(tokens.get(from - 1)).equals("that")) {
            return true;
        }
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (i > from && RELATIVE_WORDS.contains(lower(token))) {
                return false;
            }
            if (token.isVerb() && isFinite(tokens, i, from)) {
                return !lower(token).endsWith("ed") || !isNoun(tokens.get(Math.max(from, i - 1)));
            }
        }
        return false;
    }

    private static boolean isFinite(List<Token> tokens, int i, int from) {
        String w = lower(tokens.get(i));
        String before = i > from ? lower(tokens.get(i - 1)) : "";
        return w.indexOf('-') < 0 && !before.equals("-") && !w.endsWith("ing") && !before.equals("to");
    }

    /** Whether a cue lemma is a single verb of saying ("state"), not "according to" or "in a statement". */
    private boolean isSpeechVerb(String lemma) {
        return lemma != null && lemma.indexOf(' ') < 0 && cues.lexicon().verbLemma(lemma) != null;
    }

    private static boolean isNoun(Token token) {
        return "NOUN".equals(token.pos()) || "PROPN".equals(token.pos());
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWord(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).text().chars().anyMatch(Character::isLetterOrDigit)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuoteMark(String t) {
        return t.length() == 1 && (QuoteMarks.isDoubleMark(t.charAt(0)) || t.charAt(0) == '\u2018' || t.charAt(0) == '\u2019'
                || t.charAt(0) == '\'') || t.equals("''") || t.equals("``");
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The quotes sorted by start, with the furthest end reached so far, so that the quotes of a
     * sentence are found by binary search: a file with thousands of quotes stays linear.
     */
    private static final class QuotesByStart {
        private final List<QuoteSpan> sorted;
        private final int[] furthestEnd;

        QuotesByStart(List<QuoteSpan> quotes) {
            sorted = new ArrayList<>(quotes);
            sorted.sort(java.util.Comparator.comparingInt(QuoteSpan::start));
            furthestEnd = new int[sorted.size()];
            int furthest = -1;
            for (int i = 0; i < sorted.size(); i++) {
                furthest = Math.max(furthest, sorted.get(i).end());
                furthestEnd[i] = furthest;
            }
        }

        /** The quotes that start in {@code [from, to)}. */
        List<QuoteSpan> startingIn(int from, int to) {
            int i = firstStartingAtOrAfter(from);
            int j = i;
            while (j < sorted.size() && sorted.get(j).start() < to) {
                j++;
            }
            return sorted.subList(i, j);
        }

        /** Whether any quote overlaps {@code [from, to)}. */
        boolean anyOverlaps(int from, int to) {
            int i = firstStartingAtOrAfter(from);
            return i > 0 && furthestEnd[i - 1] > from || i < sorted.size() && sorted.get(i).start() < to;
        }

        private int firstStartingAtOrAfter(int offset) {
            int low = 0;
            int high = sorted.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted.get(mid).start() < offset) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
