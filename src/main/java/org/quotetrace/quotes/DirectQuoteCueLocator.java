package org.quotetrace.quotes;

import java.util.List;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Token;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Finds the cue and the source phrase of a direct quote in its own paragraph: after the quote
 * (<i>"...," the spokesman said</i>, <i>"...," said Alden</i>) or before it
 * (<i>He said: "..."</i>). A quote with neither is left for the attributor (continuation
 * paragraphs, bylines, pronouns in the next sentence).
 */
public final class DirectQuoteCueLocator {

    private final CueMatcher cues;

    public DirectQuoteCueLocator(CueMatcher cues) {
        this.cues = cues;
    }

    /** {@code quote} with its cue and source filled in where the paragraph shows them. */
    public QuoteSpan locate(String text, StoryLayout layout, AnnotatedText annotated, QuoteSpan quote, List<QuoteSpan> allDirect) {
        Paragraph paragraph = paragraphOf(layout, quote.start());
        if (paragraph == null) {
            return quote;
        }
        List<Token> tokens = annotated.tokensIn(paragraph.start(), paragraph.end());
        int nextQuoteStart = paragraph.end();
        int previousQuoteEnd = paragraph.start();
        for (QuoteSpan other : allDirect) {
            if (other.start() > quote.end() && other.start() < nextQuoteStart) {
                nextQuoteStart = other.start();
            }
            if (other.end() < quote.start() && other.end() > previousQuoteEnd) {
                previousQuoteEnd = other.end();
            }
        }
        QuoteSpan after = lookAfter(text, tokens, quote, nextQuoteStart);
        if (after != null) {
            return after;
        }
        QuoteSpan before = lookBefore(text, tokens, quote, previousQuoteEnd);
        return before != null ? before : quote;
    }

    private QuoteSpan lookAfter(String text, List<Token> tokens, QuoteSpan quote, int limit) {
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= quote.end() + 1) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        int windowEnd = first;
        while (windowEnd < tokens.size() && tokens.get(windowEnd).end() <= limit
                && !isSentenceEnd(tokens.get(windowEnd)) && windowEnd - first < 25) {
            windowEnd++;
        }
        for (int v = first; v < windowEnd; v++) {
            String lemma = cues.verbCue(tokens, v);
            if (lemma == null) {
                continue;
            }
            Cue cue = CueMatcher.cue(text, tokens, v, v + 1, lemma);
            int[] np = mentionBetween(tokens, first, v);
            if (np == null) {
                np = SourcePhrase.after(tokens, v, windowEnd);
            }
            if (np == null) {
                return quote.withCueAndSource(cue, -1, -1);
            }
            return quote.withCueAndSource(cue, tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
        }
        return null;
    }

    private QuoteSpan lookBefore(String text, List<Token> tokens, QuoteSpan quote, int limit) {
        int last = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() <= quote.start() - 1 && tokens.get(i).start() >= limit) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        int floor = last;
        while (floor > 0 && tokens.get(floor - 1).start() >= limit && !isSentenceEnd(tokens.get(floor - 1))) {
            floor--;
        }
        for (int v = last; v >= floor; v--) {
            int phrase = cues.sourceAfterPhraseLength(tokens, v);
            if (phrase > 0) {
                Cue cue = CueMatcher.cue(text, tokens, v, v + phrase, "according to");
                int[] np = SourcePhrase.after(tokens, v + phrase - 1, last + 1);
                return np == null ? quote.withCueAndSource(cue, -1, -1)
                        : quote.withCueAndSource(cue, tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
            }
            String lemma = cues.verbCue(tokens, v);
            if (lemma == null) {
                continue;
            }
            Cue cue = CueMatcher.cue(text, tokens, v, v + 1, lemma);
            int[] np = SourcePhrase.before(tokens, v, floor);
            if (np == null) {
                np = SourcePhrase.after(tokens, v, last + 1);
            }
            return np == null ? quote.withCueAndSource(cue, -1, -1)
                    : quote.withCueAndSource(cue, tokens.get(np[0]).start(), tokens.get(np[1] - 1).end());
        }
        return null;
    }

    /** The tokens between the closing quotation mark and the verb, when they form a mention. */
    private static int[] mentionBetween(List<Token> tokens, int from, int verb) {
        int start = from;
        while (start < verb && isPunct(tokens.get(start))) {
            start++;
        }
        int end = verb;
        while (end > start && (isPunct(tokens.get(end - 1)) || "ADV".equals(tokens.get(end - 1).pos())
                || "AUX".equals(tokens.get(end - 1).pos()))) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        boolean head = false;
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).pos();
            if ("VERB".equals(pos)) {
                return null;
            }
            head |= "PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos);
        }
        return head ? new int[] {start, end} : null;
    }

    private static boolean isPunct(Token token) {
        return "PUNCT".equals(token.pos()) || token.text().chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    private static boolean isSentenceEnd(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?");
    }

    private static Paragraph paragraphOf(StoryLayout layout, int offset) {
        for (Paragraph paragraph : layout.paragraphs()) {
            if (offset >= paragraph.start() && offset <= paragraph.end()) {
                return paragraph;
            }
        }
        return null;
    }
}
