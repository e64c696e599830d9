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
 * Reads a headline printed as the first line of the story ("Obama says Trump modeling policies
 * on Putin.", "Sen. Warren Asks Obama To Fire SEC Chief"). Headlines drop articles and auxiliaries
 * and are often in title case, so the tagger misreads them and the sentence finders miss
 * "X says CONTENT". Here the cue is recognised by its word form alone: a verb of saying in the
 * third person present ("says", "warns", "calls on") or "said", after a capitalised subject and
 * before at least one word of content. Quoted words in a headline that no speech verb introduces
 * ("Debate 'got very uncomfortable'") are the headline's shorthand for a quote the story reports
 * itself, and are dropped.
 */
final class HeadlineReport {

    /** A headline is short: at most this many words. */
    static final int MAX_HEADLINE_WORDS = 20;
    /** Particles that belong to the cue ("calls on", "calls for"). */
    private static final Set<String> CUE_PARTICLES = Set.of("on", "for", "out");
    /** Words that cannot open the content of a headline cue ("New Claims About ..."): prepositions. */
    private static final Set<String> NOT_CONTENT_START = Set.of("about", "over", "of", "from", "in", "against", "to",
            "by", "with", "at", "into", "after", "before", "amid");

    /** Cue verbs that in headlinese mean something else ("U.S. adds 156,000 jobs"). */
    private static final Set<String> NOT_SPEECH_IN_HEADLINES = Set.of("add");
    /** Clause words that end the content: the rest is the headline's own ("X Blasts Y After Z Reveals ..."). */
    private static final Set<String> CONTENT_ENDERS = Set.of("after", "as", "while", "before", "amid", "despite", "when",
            "since", "because", "until");
    /** Lower-case words a title-case subject may hold ("Daughter of Eric Garner"). */
    private static final Set<String> SUBJECT_LINKS = Set.of("of", "the", "and", "for", "'s", "\u2019s", ".", "-", "&");

    private final CueMatcher cues;

    HeadlineReport(CueMatcher cues) {
        this.cues = cues;
    }

    /**
     * {@code quotes} with the headline read: uncued direct quotes in it removed, and its report
     * added when no reported speech was found in it.
     */
    List<QuoteSpan> apply(String text, StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> quotes) {
        Sentence headline = headline(layout, annotated);
        if (headline == null) {
            return quotes;
        }
        List<QuoteSpan> kept = new ArrayList<>(quotes.size() + 1);
        boolean reported = false;
        for (QuoteSpan quote : quotes) {
            boolean inHeadline = quote.start() >= headline.start() && quote.end() <= headline.end();
            if (inHeadline && quote.kind() == QuoteKind.DIRECT && (quote.cue() == null || quote.cue().text().isBlank())) {
                continue;
            }
            reported |= inHeadline && quote.kind() == QuoteKind.INDIRECT;
            kept.add(quote);
        }
        if (!reported) {
            QuoteSpan report = report(text, headline.tokens());
            if (report != null) {
                kept.add(report);
            }
        }
        return kept;
    }

    /**
     * The headline: the file's first paragraph, when it is story text of one short sentence and
     * more story follows; else null.
     */
    private static Sentence headline(StoryLayout layout, AnnotatedText annotated) {
        List<Paragraph> paragraphs = layout.paragraphs();
        if (paragraphs.size() < 2 || !paragraphs.get(0).body() || layout.bodyParagraphs().size() < 2) {
            return null;
        }
        Paragraph first = paragraphs.get(0);
        Sentence only = null;
        for (Sentence sentence : annotated.sentences()) {
            if (sentence.start() >= first.start() && sentence.start() < first.end()) {
                if (only != null) {
                    return null;
                }
                only = sentence;
            }
        }
        if (only == null) {
            return null;
        }
        int words = 0;
        for (Token token : only.tokens()) {
            words += token.text().chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return words <= MAX_HEADLINE_WORDS ? only : null;
    }

    /** "X says CONTENT" in the headline's tokens, or null. */
    private QuoteSpan report(String text, List<Token> tokens) {
        int last = tokens.size();
        while (last > 0 && isPunctuation(tokens.get(last - 1)) && !isQuoteMark(tokens.get(last - 1))) {
            last--;
        }
        if (tokens.isEmpty() || !Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return null;
        }
        for (int i = 1; i < last - 1; i++) {
            if (!isHeadlineCue(tokens.get(i).text())) {
                continue;
            }
            if (!hasSubjectBefore(tokens, i)) {
                return null;
            }
            int cueEnd = i + 1;
            String lemma = cues.lexicon().verbLemma(lower(tokens.get(i)));
            if (CUE_PARTICLES.contains(lower(tokens.get(cueEnd))) && cueEnd + 1 < last) {
                cueEnd++; // "Obama Calls On Men To ..."
            }
            int start = cueEnd;
            if (lower(tokens.get(start)).equals("that") && start + 1 < last) {
                start++;
            }
            if (NOT_CONTENT_START.contains(lower(tokens.get(start))) || isPunctuation(tokens.get(start))
                    && !isQuoteMark(tokens.get(start))) {
                return null;
            }
            int end = start + 1;
            while (end < last && !isClauseBreak(tokens, end, last)) {
                end++;
            }
            if (isQuoteMark(tokens.get(start)) && isQuoteMark(tokens.get(end - 1)) && end - start > 2) {
                return null; // the content is one quote: the direct quote finder's
            }
            Cue cue = CueMatcher.cue(text, tokens, i, cueEnd, lemma);
            return new QuoteSpan(tokens.get(start).start(), tokens.get(end - 1).end(), QuoteKind.INDIRECT, cue,
                    tokens.get(0).start(), tokens.get(i - 1).end());
        }
        return null;
    }

    /**
     * A verb of saying in the third person present ("says", "Warns") or "said"; not one that also
     * describes what things show ("Poll Reveals ..."), nor one headlinese uses otherwise.
     */
    private boolean isHeadlineCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String lemma = cues.lexicon().verbLemma(w);
        if (lemma == null || NOT_SPEECH_IN_HEADLINES.contains(lemma) || cues.lexicon().needsSpeakerSubject(lemma)) {
            return false;
        }
        return w.equals("said") || w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * Whether a subject names someone before the cue: from the headline's start (or a colon) every
     * word is capitalised, a role noun ("aide") or a link ("of"), with at most an adverb in -ly
     * right before the cue ("U.S. officially condemns"). "State Dept. drops more Clinton emails"
     * has no subject before "emails": the noun is no cue there.
     */
    private boolean hasSubjectBefore(List<Token> tokens, int cue) {
        int end = cue;
        while (end > 1 && lower(tokens.get(end - 1)).endsWith("ly")) {
            end--;
        }
        int start = 0;
        for (int k = 0; k < end; k++) {
            if (tokens.get(k).text().equals(":")) {
                start = k + 1;
            }
        }
        if (start >= end) {
            return false;
        }
        for (int k = start; k < end; k++) {
            String w = tokens.get(k).text();
            boolean capitalised = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capitalised && !SUBJECT_LINKS.contains(w.toLowerCase(Locale.ROOT))
                    && !cues.lexicon().isRoleNoun(tokens.get(k).lowerLemma())) {
                return false;
            }
        }
        String last = tokens.get(end - 1).text();
        return !last.endsWith("'s") && !last.endsWith("\u2019s");
    }

    /**
     * Whether a comma, semicolon or colon ends the headline's content at {@code k}, or a clause
     * word with at least two words after it ("Blasts Clinton After WikiLeaks Reveals ..."; not
     * "Before Voting"), or the "over" that gives a reason ("Condemns Russia Over Hacking").
     */
    private static boolean isClauseBreak(List<Token> tokens, int k, int last) {
        String t = tokens.get(k).text();
        if (t.equals(",") || t.equals(";") || t.equals(":")) {
            return true;
        }
        if (t.equalsIgnoreCase("over")) {
            return k + 1 < last; // the reason of "condemns Russia over hacking"
        }
        return CONTENT_ENDERS.contains(t.toLowerCase(Locale.ROOT)) && k + 2 < last
                && !lower(tokens.get(k + 1)).endsWith("ing");
    }

    private static boolean isPunctuation(Token token) {
        return token.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isQuoteMark(Token token) {
        String t = token.text();
        return t.equals("\"") || t.equals("'") || t.equals("\u2018") || t.equals("\u2019") || t.equals("\u201C")
                || t.equals("\u201D") || t.equals("''") || t.equals("``");
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
