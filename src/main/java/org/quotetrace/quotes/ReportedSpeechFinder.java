package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;
import org.quotetrace.story.StoryLayout;

/**
 * Finds reported speech in body sentences: <i>X said (that) CONTENT</i>, <i>CONTENT, X said</i>,
 * <i>CONTENT, said X</i>, <i>according to X, CONTENT</i> and <i>CONTENT, according to X</i>.
 * The span is the reported content only, without the cue, the source or the final full stop.
 */
public final class ReportedSpeechFinder {

    private static final int MIN_CONTENT_TOKENS = 3;

    private final CueMatcher cues;

    public ReportedSpeechFinder(CueMatcher cues) {
        this.cues = cues;
    }

    /** Reported speech in the body of {@code annotated}; {@code direct} are the direct quotes already found. */
    public List<QuoteSpan> find(String text, StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> direct) {
        List<QuoteSpan> found = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            if (!layout.inBody(sentence.start())) {
                continue;
            }
            QuoteSpan quote = findInSentence(text, sentence.tokens(), direct);
            if (quote != null) {
                found.add(quote);
            }
        }
        return found;
    }

    private QuoteSpan findInSentence(String text, List<Token> tokens, List<QuoteSpan> direct) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (insideDirect(tokens.get(i), direct)) {
                continue;
            }
            int phrase = cues.sourceAfterPhraseLength(tokens, i);
            if (phrase > 0) {
                QuoteSpan q = accordingTo(text, tokens, i, phrase, direct);
                if (q != null) {
                    return q;
                }
                continue;
            }
            String lemma = cues.verbCue(tokens, i);
            if (lemma == null) {
                continue;
            }
            QuoteSpan q = contentAfterVerb(text, tokens, i, lemma, direct);
            if (q == null) {
                q = contentBeforeSource(text, tokens, i, lemma, direct);
            }
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    /** X said (that) CONTENT. / X told Y (that) CONTENT. */
    private QuoteSpan contentAfterVerb(String text, List<Token> tokens, int verb, String lemma, List<QuoteSpan> direct) {
        int[] source = SourcePhrase.before(tokens, verb, 0);
        if (source == null) {
            return null;
        }
        int from = verb + 1;
        if ("tell".equals(lemma) || "inform".equals(lemma) || "assure".equals(lemma) || "remind".equals(lemma)
                || "warn".equals(lemma)) {
            int[] object = SourcePhrase.after(tokens, verb, tokens.size());
            if (object != null && object[1] - object[0] <= 4) {
                from = object[1];
            }
        }
        while (from < tokens.size() && isSkippable(tokens.get(from))) {
            from++;
        }
        if (from < tokens.size() && tokens.get(from).text().equalsIgnoreCase("that")) {
            from++;
        }
        if (from < tokens.size() && (tokens.get(from).text().equals(":") || QuoteMarks.isDoubleMark(tokens.get(from).text().charAt(0)))) {
            return null;
        }
        int to = trimEnd(tokens, tokens.size());
        if (to - from < MIN_CONTENT_TOKENS || !hasVerb(tokens, from, to)) {
            return null;
        }
        return span(text, tokens, from, to, verb, verb + 1, lemma, source, direct);
    }

    /** CONTENT, X said. / CONTENT, said X. */
    private QuoteSpan contentBeforeSource(String text, List<Token> tokens, int verb, String lemma, List<QuoteSpan> direct) {
        int comma = -1;
        for (int i = verb - 1; i >= 0; i--) {
            String t = tokens.get(i).text();
            if (t.equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < MIN_CONTENT_TOKENS) {
            return null;
        }
        int[] source = comma + 1 < verb ? new int[] {comma + 1, verb} : SourcePhrase.after(tokens, verb, tokens.size());
        if (source == null) {
            return null;
        }
        for (int i = source[0]; i < source[1]; i++) {
            if ("VERB".equals(tokens.get(i).pos())) {
                return null;
            }
        }
        int after = Math.max(verb + 1, source[1]);
        if (tokens.size() - after > 8) {
            return null;
        }
        int to = comma;
        if (!hasVerb(tokens, 0, to)) {
            return null;
        }
        return span(text, tokens, 0, to, verb, verb + 1, lemma, source, direct);
    }

    /** According to X, CONTENT. / CONTENT, according to X. */
    private QuoteSpan accordingTo(String text, List<Token> tokens, int at, int length, List<QuoteSpan> direct) {
        int[] source = SourcePhrase.after(tokens, at + length - 1, tokens.size());
        if (source == null) {
            return null;
        }
        String lemma = "according to";
        if (at == 0 || (at == 1 && isSkippable(tokens.get(0)))) {
            int from = source[1];
            while (from < tokens.size() && tokens.get(from).text().equals(",")) {
                from++;
            }
            int to = trimEnd(tokens, tokens.size());
            if (to - from < MIN_CONTENT_TOKENS) {
                return null;
            }
            return span(text, tokens, from, to, at, at + length, lemma, source, direct);
        }
        int to = at;
        while (to > 0 && tokens.get(to - 1).text().equals(",")) {
            to--;
        }
        if (to < MIN_CONTENT_TOKENS || !hasVerb(tokens, 0, to)) {
            return null;
        }
        return span(text, tokens, 0, to, at, at + length, lemma, source, direct);
    }

    private static QuoteSpan span(String text, List<Token> tokens, int from, int to, int cueFrom, int cueTo, String lemma,
                                  int[] source, List<QuoteSpan> direct) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        for (QuoteSpan quote : direct) {
            // content that is one direct quote and nothing else is that direct quote, not reported speech
            if (quote.start() <= start + 1 && quote.end() >= end - 1) {
                return null;
            }
        }
        Cue cue = CueMatcher.cue(text, tokens, cueFrom, cueTo, lemma);
        return new QuoteSpan(start, end, QuoteKind.INDIRECT, cue, tokens.get(source[0]).start(), tokens.get(source[1] - 1).end());
    }

    private static int trimEnd(List<Token> tokens, int to) {
        while (to > 0) {
            String t = tokens.get(to - 1).text();
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals(",") || t.equals(";")) {
                to--;
            } else {
                break;
            }
        }
        return to;
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = tokens.get(i).pos();
            if ("VERB".equals(pos) || "AUX".equals(pos)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkippable(Token token) {
        String t = token.text().toLowerCase(Locale.ROOT);
        return t.equals(",") || t.equals("on") && false;
    }

    private static boolean insideDirect(Token token, List<QuoteSpan> direct) {
        for (QuoteSpan quote : direct) {
            if (token.start() >= quote.start() && token.end() <= quote.end()) {
                return true;
            }
        }
        return false;
    }
}
