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
 * Finds the cue and the source phrase of a direct quote in its own paragraph:
 * <ul>
 * <li>after the quote: <i>"...," the spokesman said</i>, <i>"...," said Alden</i>,
 * <i>"...," Jane Roe, the mayor, said</i>, and the bare frame <i>"...," the statement read.</i>
 * (a closing comma, a noun phrase and one verb ending the sentence) even when the verb is not in the
 * cue lexicon;</li>
 * <li>before it: <i>He said: "..."</i>, <i>The agency, which was founded in 1999, calls it "..."</i>,
 * <i>according to the mayor, "..."</i>; passive verbs (<i>is accused of</i>) are no cue;</li>
 * <li>a quote with neither borrows the cue of another quote of the same sentence
 * (<i>accused of running "A" for users who paid to "B," Europol alleged</i>).</li>
 * </ul>
 * A quote with no cue at all is left for the attributor (continuation paragraphs, bylines).
 */
public final class DirectQuoteCueLocator {

    private static final Set<String> RELATIVE = Set.of("which", "who", "whose", "whom", "that");
    private static final Set<String> PASSIVE_AUX = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s");

    private final CueMatcher cues;

    public DirectQuoteCueLocator(CueMatcher cues) {
        this.cues = cues;
    }

    /** Every quote of {@code direct} with its cue and source where the text shows them. */
    public List<QuoteSpan> locateAll(String text, StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> direct) {
        List<QuoteSpan> located = new ArrayList<>(direct.size());
        for (QuoteSpan quote : direct) {
            located.add(locate(text, layout, annotated, quote, direct));
        }
        for (int i = 0; i < located.size(); i++) {
            QuoteSpan quote = located.get(i);
            if (quote.cue() == null) {
                QuoteSpan donor = sameSentenceDonor(annotated, located, i);
                if (donor != null) {
                    located.set(i, quote.withCueAndSource(donor.cue(), donor.sourceStart(), donor.sourceEnd()));
                }
            }
        }
        return located;
    }

    /** {@code quote} with its cue and source filled in where the paragraph shows them. */
    public QuoteSpan locate(String text, StoryLayout layout, AnnotatedText annotated, QuoteSpan quote, List<QuoteSpan> allDirect) {
        Paragraph paragraph = layout.paragraphAt(quote.start());
        if (paragraph == null) {
            return quote;
        }
        List<Token> tokens = annotated.tokensIn(paragraph.start(), paragraph.end());
        int nextQuoteStart = paragraph.end();
        int previousQuoteEnd = paragraph.start();
        for (QuoteSpan other : allDirect) {
            if (other.start() > quote.end() && other.start() < nextQuoteStart) {
                nextQuoteStart = other.start() - 1;
            }
            if (other.end() < quote.start() && other.end() > previousQuoteEnd) {
                previousQuoteEnd = other.end() + 1;
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
        if (text.charAt(quote.end() - 1) == '.' && windowEnd - first > 6) {
            return null; // the quote ended its sentence; what follows is a new sentence, not its attribution
        }
        for (int v = first; v < windowEnd; v++) {
            int phrase = cues.sourceAfterPhraseLength(tokens, v);
            if (phrase > 0 && onlyPunctuation(tokens, first, v)) {
                Cue cue = CueMatcher.cue(text, tokens, v, v + phrase, "according to");
                int[] np = nounPhraseAfter(tokens, v + phrase - 1, windowEnd);
                return withSource(quote, cue, tokens, np);
            }
            String lemma = cueVerb(tokens, v);
            if (lemma == null && onlyPunctuation(tokens, first, v) && closesWithComma(text, quote)) {
                lemma = verbRightAfterQuote(tokens, v);
            }
            if (lemma == null && v + 1 == windowEnd && endsSentenceAt(tokens, windowEnd) && closesWithComma(text, quote)) {
                lemma = frameVerb(tokens, first, v);
            }
            if (lemma == null || isPassive(tokens, v)) {
                continue;
            }
            Cue cue = CueMatcher.cue(text, tokens, v, v + 1, lemma);
            int[] np = mentionBetween(tokens, first, v);
            if (np == null && onlyPunctuation(tokens, first, v)) {
                np = withApposition(tokens, sourceAfterCue(tokens, v, windowEnd), windowEnd);
            }
            if (np == null && !onlyPunctuation(tokens, first, v)) {
                np = trailingFrameSubject(tokens, first, v, windowEnd);
                if (np == null) {
                    return null;
                }
            }
            return withSource(quote, cue, tokens, np);
        }
        return null;
    }

    /**
     * The subject of a sentence-final attribution after more words: <i>"..." whose members did X,
     * it alleged.</i> The verb must close the sentence (a short tail such as "in a statement" aside,
     * and no further quote: <i>whether she "wiped" her server, the nominee responded, "..."</i> is
     * the cue of the later quote) and its subject must follow a comma.
     */
    private int[] trailingFrameSubject(List<Token> tokens, int first, int v, int windowEnd) {
        if (windowEnd - v > 6 || !endsSentenceAt(tokens, windowEnd)) {
            return null;
        }
        int comma = v - 1;
        while (comma > first && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= first || v - comma > 8) {
            return null;
        }
        return mentionBetween(tokens, comma + 1, v);
    }

    /**
     * The cue lemma of {@code tokens[v]}: a verb of saying, or a lower-case inflected form of one that
     * the tagger read as a noun or adjective right after its subject ("The statement asserts that",
     * "Jane Roe states it", "the chief executive warned/ADJ"), or a past form of one right after a
     * role noun ("the organiser told/NOUN Valley Voice").
     */
    private String cueVerb(List<Token> tokens, int v) {
        String verb = cues.verbCue(tokens, v);
        if (verb != null) {
            return verb;
        }
        Token token = tokens.get(v);
        String word = token.text();
        if (v == 0 || !Character.isLowerCase(word.charAt(0))) {
            return null;
        }
        if (word.endsWith("ing") && tokens.get(v - 1).text().equals(",")) {
            return cues.lexicon().verbLemma(word); // "..., stating, ..."
        }
        String lemma = cues.lexicon().verbLemma(word);
        if (lemma == null) {
            return null;
        }
        if (!(word.endsWith("s") || word.endsWith("ed"))) {
            // an irregular past form ("told", "spoke") right after a role noun, whatever its tag
            return !word.equals(lemma) && !word.endsWith("ing") && endsRoleNoun(tokens, v - 1) ? lemma : null;
        }
        Token previous = tokens.get(v - 1);
        String before = previous.pos();
        boolean afterSubject = "PROPN".equals(before) || "NOUN".equals(before) || "PRON".equals(before)
                || inNounPhrase(previous) && Character.isUpperCase(previous.text().charAt(Math.min(1, previous.text().length() - 1)))
                || endsRoleNoun(tokens, v - 1);
        return afterSubject ? lemma : null;
    }

    /**
     * Whether {@code tokens[i]} ends a role noun of one or two words ("the organiser", "the chief
     * executive"), whatever the tagger made of it: the tagger reads such a subject after a closing
     * quotation mark as adjectives and the verb after it as a noun or adjective ("the chief/ADJ
     * executive/ADJ warned/ADJ").
     */
    private boolean endsRoleNoun(List<Token> tokens, int i) {
        if (i < 0) {
            return false;
        }
        String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return cues.lexicon().isRoleNoun(word)
                || i > 0 && cues.lexicon().isRoleNoun(tokens.get(i - 1).text().toLowerCase(Locale.ROOT) + " " + word);
    }

    /**
     * The lemma of a lower-case form of a verb of saying standing right after a quote that closed
     * with a comma ({@code "...," insisted the mayor}), whatever the tagger made of it: in that place
     * the word can only be the verb (the tagger reads an unfamiliar frame's "insisted" as an adjective).
     */
    private String verbRightAfterQuote(List<Token> tokens, int v) {
        String word = tokens.get(v).text();
        return Character.isLowerCase(word.charAt(0)) ? cues.lexicon().verbLemma(word) : null;
    }

    /**
     * The noun phrase after an inverted cue ({@code said director of operations Jane Roe}): like
     * {@link #nounPhraseAfter}, but a role noun opening it counts as a noun whatever its tag (the
     * tagger reads "director" there as a preposition and "organiser" as a conjunction).
     */
    private int[] sourceAfterCue(List<Token> tokens, int verb, int ceiling) {
        int start = verb + 1;
        int roleEnd = start;
        while (roleEnd < ceiling && Character.isLowerCase(tokens.get(roleEnd).text().charAt(0))
                && (cues.lexicon().isRoleNoun(tokens.get(roleEnd).text())
                || roleEnd > start && (tokens.get(roleEnd).text().equals("of") || inNounPhrase(tokens.get(roleEnd))))) {
            roleEnd++;
        }
        if (roleEnd == start || !cues.lexicon().isRoleNoun(tokens.get(start).text())) {
            return nounPhraseAfter(tokens, verb, ceiling);
        }
        int[] rest = nounPhraseAfter(tokens, roleEnd - 1, ceiling);
        return rest == null ? new int[] {start, roleEnd} : new int[] {start, rest[1]};
    }

    /** The lemma of the last verb of a bare {@code ,” NOUN-PHRASE VERB.} frame, or null. */
    private String frameVerb(List<Token> tokens, int first, int v) {
        Token verb = tokens.get(v);
        if (!"VERB".equals(verb.pos())) {
            return null;
        }
        int[] np = mentionBetween(tokens, first, v);
        return np == null ? null : verb.lowerLemma();
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
            int intro = cues.quoteIntroPhraseLength(tokens, v);
            if (intro > 0 && v + intro - 1 == last && v > floor) {
                // "Jane Roe spoke of “a dark day”": the phrase's subject is the speaker
                Cue cue = CueMatcher.cue(text, tokens, v, v + intro, tokens.get(v).lowerLemma());
                return withSource(quote, cue, tokens, subjectBefore(tokens, v, floor));
            }
            int phrase = cues.sourceAfterPhraseLength(tokens, v);
            if (phrase > 0) {
                Cue cue = CueMatcher.cue(text, tokens, v, v + phrase, "according to");
                int[] np = nounPhraseAfter(tokens, v + phrase - 1, last + 1);
                return withSource(quote, cue, tokens, np);
            }
            String lemma = cueVerb(tokens, v);
            if (lemma == null || isPassive(tokens, v)) {
                continue;
            }
            Cue cue = CueMatcher.cue(text, tokens, v, v + 1, lemma);
            int[] np = subjectBefore(tokens, v, floor);
            if (np == null && v > floor && tokens.get(v - 1).text().equals(",") && tokens.get(v).text().endsWith("ing")) {
                // "Europol highlighted the risk, stating, ...": the participle's subject opens the sentence
                np = nounPhraseAfter(tokens, floor - 1, v);
            }
            if (np == null && v == floor) {
                np = nounPhraseAfter(tokens, v, last + 1);
            }
            return withSource(quote, cue, tokens, np);
        }
        return null;
    }

    /**
     * The subject of the verb at {@code verb}: the noun phrase right before it, or, when a comma
     * stands before the verb, the phrase before an apposition ("Jane Roe, the mayor, said") or a
     * relative clause ("The agency, which was founded in 1999, calls").
     */
    int[] subjectBefore(List<Token> tokens, int verb, int floor) {
        int end = verb;
        while (end - 1 >= floor && ("ADV".equals(tokens.get(end - 1).pos()) || "AUX".equals(tokens.get(end - 1).pos()))) {
            end--;
        }
        if (end - 1 >= floor && tokens.get(end - 1).text().equals(",")) {
            int comma = end - 1;
            int open = comma - 1;
            while (open >= floor && !tokens.get(open).text().equals(",")) {
                open--;
            }
            if (open > floor) {
                int[] head = nounPhraseBefore(tokens, open, floor);
                String firstWord = tokens.get(open + 1).text().toLowerCase(Locale.ROOT);
                if (head != null && (RELATIVE.contains(firstWord) || "VERB".equals(tokens.get(open + 1).pos()))) {
                    return head;
                }
                int[] apposition = nounPhraseBefore(tokens, comma, open + 1);
                if (head != null && apposition != null && apposition[0] == open + 1) {
                    return new int[] {head[0], comma};
                }
                int described = describedBeforeRelative(tokens, open + 1, comma);
                if (head != null && described > open + 1) {
                    // "Jane Roe, a café owner who lives nearby, said": the name and its description
                    return new int[] {head[0], described};
                }
            }
        }
        return nounPhraseBefore(tokens, verb, floor);
    }

    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM", "PART");
    private static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the");
    private static final Set<String> NP_LINKS = Set.of("of", "for", "at", "from", "'s", "’s", "'", "’", "-", "&");

    /**
     * The noun phrase ending right before {@code tokens[end]}: like {@link SourcePhrase#before}, but a
     * piece of a hyphenated name that the tokenizer split off ("Schmidt", "-Nielsen") stays in.
     */
    int[] nounPhraseBefore(List<Token> tokens, int end, int floor) {
        int start = end;
        while (start - 1 >= floor && (inNounPhrase(tokens.get(start - 1)) || inName(tokens, start - 1)
                || gerundInTitle(tokens, start - 1))) {
            start--;
        }
        if (start - 1 >= floor && start < end && misTaggedOpeningGivenName(tokens, start - 1, floor)) {
            start--;
        }
        while (start < end && NP_LINKS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        for (int i = start; i < end; i++) {
            if (isHead(tokens.get(i))) {
                return new int[] {start, end};
            }
        }
        return headedByAdjective(tokens, start, end) ? new int[] {start, end} : null;
    }

    /**
     * A name after its cue with the description that closes the sentence after a comma ("said Jane
     * Roe, chief executive of the port." or "..., a café owner who lives nearby."), so that the
     * speaker is known by that role later on; {@code np} alone when no such description follows.
     */
    private int[] withApposition(List<Token> tokens, int[] np, int sentenceEnd) {
        if (np == null || np[1] + 1 >= sentenceEnd || !tokens.get(np[1]).text().equals(",")) {
            return np;
        }
        int start = np[1] + 1;
        int described = describedBeforeRelative(tokens, start, sentenceEnd);
        if (described > start) {
            return new int[] {np[0], described};
        }
        int end = start;
        boolean role = false;
        // the tagger often misreads the words of a title ("chief executive/ADJ of the Northby Borough/ADP Council")
        while (end < sentenceEnd && (inNounPhrase(tokens.get(end)) || tokens.get(end).text().matches("\\p{Lu}\\p{L}*"))) {
            role |= cues.lexicon().isRoleNoun(tokens.get(end).lowerLemma())
                    || cues.lexicon().isRoleNoun(tokens.get(end).text().toLowerCase(Locale.ROOT));
            end++;
        }
        return role && end == sentenceEnd ? new int[] {np[0], end} : np;
    }

    /**
     * The end of a noun phrase with a noun that starts at {@code start} and is followed by a
     * relative word before {@code ceiling} ("a café owner | who lives nearby"), or -1.
     */
    private static int describedBeforeRelative(List<Token> tokens, int start, int ceiling) {
        int end = start;
        boolean noun = false;
        while (end < ceiling && inNounPhrase(tokens.get(end))
                && !RELATIVE.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
            noun |= tokens.get(end).pos().startsWith("NOUN");
            end++;
        }
        return noun && end < ceiling && RELATIVE.contains(tokens.get(end).text().toLowerCase(Locale.ROOT)) ? end : -1;
    }

    /** The noun phrase starting right after {@code tokens[verb]} ("said Jane Roe of the port"), or null. */
    int[] nounPhraseAfter(List<Token> tokens, int verb, int ceiling) {
        int start = verb + 1;
        int end = start;
        while (end < ceiling && (inNounPhrase(tokens.get(end)) || misTaggedGivenName(tokens, end, ceiling) || inName(tokens, end)
                || end > start && nameContinuation(tokens, end))) {
            end++;
        }
        while (end > start && NP_LINKS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (isHead(tokens.get(i))) {
                return new int[] {start, end};
            }
        }
        return headedByAdjective(tokens, start, end) ? new int[] {start, end} : null;
    }

    /**
     * A capitalised word that the tagger read as something else right before a name ("said
     * Bastian/ADP Nerdorigg/PROPN": a given name it has not seen) is the name's first word.
     */
    private static boolean misTaggedGivenName(List<Token> tokens, int i, int ceiling) {
        return i + 1 < ceiling && tokens.get(i + 1).pos().startsWith("PROPN")
                && tokens.get(i).text().matches("\\p{Lu}\\p{Ll}+");
    }

    /**
     * A capitalised word right after a capitalised noun that the tagger read as an adverb or a verb
     * ("coordinator Saoirse/NOUN Stilviin/ADV", "chair Hana/NOUN Gethoholt/VERB"): a surname it has
     * not seen.
     */
    private static boolean nameContinuation(List<Token> tokens, int i) {
        Token previous = tokens.get(i - 1);
        return tokens.get(i).text().matches("\\p{Lu}\\p{Ll}+") && previous.text().matches("\\p{Lu}\\p{L}*")
                && (previous.pos().startsWith("PROPN") || previous.pos().startsWith("NOUN") || misTaggedAsPronoun(previous));
    }

    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her",
            "us", "them", "this", "that", "these", "those", "who", "what", "which", "one", "someone", "anyone", "nobody",
            "everyone", "somebody", "anybody", "everybody", "none", "all", "both", "each", "another", "others");

    /** A capitalised word that the tagger read as a pronoun though it is none ("chair Ilse/PRON Rurruow"): a given name. */
    private static boolean misTaggedAsPronoun(Token token) {
        return "PRON".equals(token.pos()) && !PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A lower-case "-ing" word between "of" and a noun that the tagger read as a verb: the field of a
     * title ("Head of engineering/VERB Rafferty Setheton said"), a noun.
     */
    private static boolean gerundInTitle(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        return i > 0 && i + 1 < tokens.size() && word.text().endsWith("ing") && Character.isLowerCase(word.text().charAt(0))
                && tokens.get(i - 1).text().equalsIgnoreCase("of") && isNominal(tokens.get(i + 1));
    }

    private static final Set<String> NO_NAME_TAGS = Set.of("ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PUNCT", "NUM");

    /**
     * A capitalised word opening the sentence right before a proper noun that the tagger read as a
     * verb or the like ("Ann/VERB Kerr/PROPN, chair of ..., said"): a given name it has not seen.
     */
    private static boolean misTaggedOpeningGivenName(List<Token> tokens, int i, int floor) {
        Token word = tokens.get(i);
        return tokens.get(i + 1).pos().startsWith("PROPN") && word.text().matches("\\p{Lu}\\p{Ll}+")
                && !NO_NAME_TAGS.contains(word.pos()) && (i == floor || isPunct(tokens.get(i - 1)));
    }

    /**
     * A capitalised word between two capitalised nouns that the tagger read as something else
     * ("the Northby/PROPN Borough/ADP Council/PROPN", "Vorraimoor/NOUN Borough/ADP") is a word of that name.
     */
    private static boolean inName(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && capitalisedNoun(tokens.get(i - 1)) && capitalisedNoun(tokens.get(i + 1))
                && tokens.get(i).text().matches("\\p{Lu}\\p{Ll}+");
    }

    /** A capitalised word tagged as a proper or common noun ("Vorraimoor/NOUN", "Council/PROPN"). */
    private static boolean capitalisedNoun(Token token) {
        return (token.pos().startsWith("PROPN") || token.pos().startsWith("NOUN")) && Character.isUpperCase(token.text().charAt(0));
    }

    /**
     * A word that can head a speaker's noun phrase: a noun, a name or a pronoun, or a role noun
     * whatever its tag (the tagger reads "the organiser" or "the chief executive" after a closing
     * quotation mark as adjectives).
     */
    private boolean isHead(Token token) {
        return isNominal(token) || cues.lexicon().isRoleNoun(token.lowerLemma()) || cues.lexicon().isRoleNoun(token.text());
    }

    private static boolean isNominal(Token token) {
        String pos = token.pos();
        return pos.startsWith("PROPN") || pos.startsWith("NOUN") || "PRON".equals(pos);
    }

    /**
     * Whether {@code tokens[start, end)} is a determiner and adjectives only, the last one the head
     * ("the chief/ADJ executive/ADJ", "the accused"): the tagger reads some role nouns as adjectives.
     */
    private static boolean headedByAdjective(List<Token> tokens, int start, int end) {
        return end - start >= 2 && "DET".equals(tokens.get(start).pos()) && "ADJ".equals(tokens.get(end - 1).pos());
    }

    /**
     * Part of a noun phrase; compound tags such as PROPN+PART (an unsplit "X's") count too, and so do
     * the articles whatever their tag (the tagger reads "explained a/SCONJ spokesman" as a conjunction).
     */
    private static boolean inNounPhrase(Token token) {
        String pos = token.pos();
        return NP_TAGS.contains(pos) || ARTICLE_WORDS.contains(token.text().toLowerCase(Locale.ROOT)) || pos.startsWith("PROPN+") || pos.startsWith("NOUN+")
                || NP_LINKS.contains(token.text().toLowerCase(Locale.ROOT))
                || token.text().matches("-\\p{Lu}[\\p{L}'’-]*");
    }

    /** A quote without cue borrows the cue and source of the nearest cued quote in its sentence. */
    private static QuoteSpan sameSentenceDonor(AnnotatedText annotated, List<QuoteSpan> located, int index) {
        QuoteSpan quote = located.get(index);
        Sentence sentence = sentenceAt(annotated, quote.start());
        if (sentence == null) {
            return null;
        }
        QuoteSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < located.size(); j++) {
            QuoteSpan other = located.get(j);
            if (j == index || other.cue() == null || !other.hasSource()) {
                continue;
            }
            Sentence otherSentence = sentenceAt(annotated, other.start());
            if (otherSentence == null || otherSentence.start() != sentence.start()) {
                continue;
            }
            int distance = Math.abs(other.start() - quote.start());
            if (distance < bestDistance) {
                best = other;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Sentence sentenceAt(AnnotatedText annotated, int offset) {
        Sentence found = null;
        for (Sentence sentence : annotated.sentences()) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                found = sentence;
            }
        }
        if (found == null) {
            for (Sentence sentence : annotated.sentences()) {
                if (sentence.start() <= offset + 1 && offset < sentence.end() + 1) {
                    found = sentence;
                }
            }
        }
        return found;
    }

    private static QuoteSpan withSource(QuoteSpan quote, Cue cue, List<Token> tokens, int[] np) {
        if (np == null) {
            return quote.withCueAndSource(cue, -1, -1);
        }
        int from = np[0];
        while (from < np[1] - 1 && (isPunct(tokens.get(from)) || RELATIVE.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                || "CCONJ".equals(tokens.get(from).pos()))) {
            from++;
        }
        return quote.withCueAndSource(cue, tokens.get(from).start(), tokens.get(np[1] - 1).end());
    }

    /**
     * "is accused", "was described as": the subject of a passive verb is no speaker; nor is a verb
     * inside a compound ("so-called").
     */
    private static boolean isPassive(List<Token> tokens, int v) {
        if (tokens.get(v).text().contains("-") || v > 0 && tokens.get(v - 1).text().endsWith("-")) {
            return true;
        }
        int k = v - 1;
        while (k >= 0 && "ADV".equals(tokens.get(k).pos())) {
            k--;
        }
        return k >= 0 && PASSIVE_AUX.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && tokens.get(v).text().toLowerCase(Locale.ROOT).endsWith("ed");
    }

    /** The tokens between the closing quotation mark and the verb, when they form a mention. */
    private int[] mentionBetween(List<Token> tokens, int from, int verb) {
        int start = from;
        while (start < verb && isPunct(tokens.get(start))) {
            start++;
        }
        int end = verb;
        while (end > start && (isPunct(tokens.get(end - 1)) || "ADV".equals(tokens.get(end - 1).pos())
                || "AUX".equals(tokens.get(end - 1).pos())) && !(end - 1 > start && nameContinuation(tokens, end - 1))) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        boolean head = false;
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).pos();
            if ("VERB".equals(pos) && !(i > start && nameContinuation(tokens, i))) {
                return null;
            }
            head |= isHead(tokens.get(i));
        }
        return head ? new int[] {start, end} : null;
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isPunct(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closesWithComma(String text, QuoteSpan quote) {
        char last = text.charAt(quote.end() - 1);
        return last == ',' || last == '!' || last == '?';
    }

    private static boolean endsSentenceAt(List<Token> tokens, int i) {
        return i >= tokens.size() || isSentenceEnd(tokens.get(i));
    }

    private static boolean isPunct(Token token) {
        return "PUNCT".equals(token.pos()) || token.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isSentenceEnd(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?");
    }
}
