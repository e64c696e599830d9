package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Finds reported speech in body sentences, every cue of a sentence in turn:
 * <i>X said (that) CONTENT</i>, <i>X told Y (that) CONTENT</i>, <i>CONTENT, X said</i>,
 * <i>CONTENT, said X</i>, <i>according to X, CONTENT</i>, <i>CONTENT, according to X</i>,
 * <i>..., adding CONTENT</i>, and verbs whose object is the content (<i>X emphasized the need
 * for ...</i>, <i>X warned of ...</i>), and a question put to the speaker (<i>Asked whether
 * CONTENT, X said ...</i>). The span is the reported content only, without the cue,
 * the source, a leading "that" or the final full stop. Content that is one direct quote and
 * nothing else is left to the direct quote, and so is content that a quote closes and makes up two
 * thirds of; content with a shorter quoted fragment inside is kept whole.
 */
public final class ReportedSpeechFinder {

    /** Verbs that name rather than report when they follow a comma without a subject (", dubbed X,"). */
    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("dub", "call", "label", "name",
            "describe", "characterize", "characterise");

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "its", "their", "our", "my",
            "your");

    private final CueMatcher cues;
    private final ReportedContent content;

    public ReportedSpeechFinder(CueMatcher cues) {
        this.cues = cues;
        this.content = new ReportedContent(cues);
    }

    /** Reported speech in the body of {@code annotated}; {@code direct} are the direct quotes already found. */
    public List<QuoteSpan> find(String text, StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> direct) {
        List<QuoteSpan> found = new ArrayList<>();
        Sentence previous = null;
        for (Sentence sentence : annotated.sentences()) {
            if (!layout.inBody(sentence.start())) {
                previous = null;
                continue;
            }
            Paragraph paragraph = layout.paragraphAt(sentence.start());
            boolean sameParagraph = previous != null && paragraph != null && previous.start() >= paragraph.start();
            List<Token> before = sameParagraph ? previous.tokens() : null;
            previous = sentence;
            List<QuoteSpan> inSentence = findInSentence(text, sentence.tokens(), before, direct);
            for (QuoteSpan quote : inSentence) {
                if (!runsIntoCutOff(text, layout, quote) && !nestedInAnother(quote, inSentence)) {
                    found.add(quote);
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code quote} lies inside the content of another report of its sentence ('She said
     * that the trust had told the firm to put on more crews'): speech reported inside reported
     * speech is part of what the outer speaker said, which that report carries.
     */
    private static boolean nestedInAnother(QuoteSpan quote, List<QuoteSpan> sentenceQuotes) {
        for (QuoteSpan other : sentenceQuotes) {
            if (other != quote && other.start() <= quote.start() && quote.end() <= other.end()
                    && other.end() - other.start() > quote.end() - quote.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content runs into the end of a file cut off mid-sentence ("... to tackle these
     * eme"): what was said is unknown from there on, so the row would misquote it.
     */
    private static boolean runsIntoCutOff(String text, StoryLayout layout, QuoteSpan quote) {
        Paragraph paragraph = layout.paragraphAt(quote.start());
        return paragraph != null && layout.isCutOff(paragraph) && quote.end() <= paragraph.end()
                && text.substring(quote.end(), paragraph.end()).isBlank();
    }

    /** The quotes of one sentence; {@code previous} is the sentence before it in the same paragraph, or null. */
    private List<QuoteSpan> findInSentence(String text, List<Token> tokens, List<Token> previous, List<QuoteSpan> direct) {
        SentenceView view = new SentenceView(tokens, direct, cues);
        Map<Long, QuoteSpan> spans = new LinkedHashMap<>();
        int[] question = content.questionPut(view);
        if (question != null) {
            // "Asked whether ..., X said ...": the question put to the speaker, by someone unnamed
            int asked = ReportedContent.askedAt(view);
            Cue cue = CueMatcher.cue(text, tokens, asked, asked + 1, "ask");
            spans.put(((long) tokens.get(question[0]).start() << 32) | tokens.get(question[1] - 1).end(),
                    new QuoteSpan(tokens.get(question[0]).start(), tokens.get(question[1] - 1).end(), QuoteKind.INDIRECT, cue, -1, -1));
        }
        int[] lastSource = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (view.inDirect(i)) {
                continue;
            }
            int phrase = cues.sourceAfterPhraseLength(tokens, i);
            if (phrase > 0) {
                addAll(spans, accordingTo(text, view, i, phrase));
                continue;
            }
            CueAt cue = view.cueAt(i);
            if (cue == null || view.isPassive(i) || view.isInfinitive(i) || view.isAttributive(i) || view.isStrayGerund(i)
                    || view.isReducedRelative(i, cue.lemma())) {
                continue;
            }
            List<QuoteSpan> found = new ArrayList<>();
            int[] source = fromVerb(text, view, cue, lastSource, previous, direct, found);
            if (source != null) {
                lastSource = source;
            }
            addAll(spans, found);
        }
        return new ArrayList<>(spans.values());
    }

    private static void addAll(Map<Long, QuoteSpan> spans, List<QuoteSpan> found) {
        for (QuoteSpan q : found) {
            spans.putIfAbsent(((long) q.start() << 32) | q.end(), q);
        }
    }

    /** The quotes of one cue verb; returns the source it found, for later cues of the same sentence. */
    private int[] fromVerb(String text, SentenceView view, CueAt cue, int[] lastSource, List<Token> previous,
                           List<QuoteSpan> direct, List<QuoteSpan> out) {
        List<Token> tokens = view.tokens();
        int verb = cue.verb();
        int[] subject = SourcePhrase.subjectBefore(tokens, verb, 0, cues.lexicon());
        if (subject != null && overlapsDirect(view, subject)) {
            subject = null;
        }
        boolean relativeClause = false;
        int[] relativeSpeaker = null;
        boolean restrictive = false;
        if (subject != null && (isRelative(view, subject) || view.isRelativeBefore(subject[0]))) {
            // only ", who claimed that ...", whose clause ends at the next comma
            boolean nonRestrictive = subject[1] - subject[0] == 1 && subject[0] > 0 && view.text(subject[0] - 1).equals(",");
            if (!nonRestrictive && !isObjectRelative(view, subject)) {
                return null;
            }
            relativeSpeaker = nonRestrictive ? antecedentBeforeComma(view, subject[0])
                    : relativeHead(view, subject[1] - 1); // "three women who claimed": the women
            relativeClause = true;
            restrictive = !nonRestrictive;
        }
        boolean participle = view.isParticiple(verb);
        if (participle && subject != null && subject[1] < verb && view.text(verb - 1).equals(",")) {
            subject = null; // ", warning of ...": the speaker is the subject of the main clause
        }
        if (subject != null && view.isNounModifierCue(verb)) {
            int[] main = view.sentenceSubject(subject[0]);
            subject = main != null ? main : subject; // "Europol joined authorities insisting that ..."
        }
        int[] wholeSubject = subject; // "his recent comments", before the owner "his" is taken as the speaker
        if (subject != null) {
            subject = possessiveOwner(view, subject);
        }
        if (subject != null && cue.end() + 1 < view.size() && view.text(cue.end()).equals(",")
                && view.get(cue.end() + 1).isVerb() && !view.lower(cue.end() + 1).endsWith("ing")) {
            // "The new line, the operator said, will open ...": no apposition, a parenthetical source
            for (int k = subject[1] - 1; k > subject[0]; k--) {
                if (view.text(k).equals(",")) {
                    subject = new int[] {k + 1, subject[1]};
                    break;
                }
            }
        }

        // CONTENT, X said.  /  CONTENT, said X.
        int[] inverted = null;
        int contentEnd = -1;
        int tail = -1;
        if (subject != null && !participle && !relativeClause && view.endsContentBefore(subject[0])) {
            tail = view.inversionTail(ReportedContent.takesHearer(cue) ? view.afterHearer(cue.end()) : cue.end());
            if (tail >= 0) {
                inverted = subject;
                contentEnd = subject[0];
            }
        } else if (subject == null && !participle && view.endsContentBefore(verb) && !ReportedContent.takesHearer(cue)
                && !NAMING_VERBS.contains(cue.lemma())) {
            int[] after = SourcePhrase.subjectAfter(tokens, verb, tokens.size());
            tail = view.inversionTail(after == null ? cue.end() : after[1]);
            if (tail >= 0 && (after != null || cue.end() >= view.lastWordEnd())) {
                inverted = after == null ? new int[] {-1, -1} : after;
                contentEnd = verb;
            }
        }
        if (inverted != null && cues.lexicon().needsSpeakerForClause(cue.lemma()) && !headNamesSpeaker(view, inverted)) {
            return null; // "The plan, the documents indicate, ..."
        }
        if (inverted != null) {
            boolean parenthetical = tail >= 0 && tail < view.size() && view.text(tail).equals(",");
            int[] range = content.before(view, contentEnd, !parenthetical);
            if (range != null) {
                out.add(span(text, view, range, cue, inverted));
            }
            int[] rest = content.afterInvertedSource(view, tail, contentEnd == verb);
            if (rest != null) {
                out.add(span(text, view, rest, cue, inverted));
            }
            return inverted[0] >= 0 ? inverted : null;
        }

        // As X announced on Friday, CONTENT.
        if (subject != null && !relativeClause && view.isAsClause(subject[0])) {
            int[] range = content.afterAsClause(view, cue);
            if (range != null) {
                out.add(span(text, view, range, cue, subject));
            }
            return subject;
        }

        // X said (that) CONTENT.  /  ..., adding CONTENT.  /  ... and said CONTENT.
        int[] source = subject;
        if (source == null) {
            if (!participle && !view.isCoordinated(verb) && !view.isWithSubject(verb)) {
                return null;
            }
            source = lastSource != null ? lastSource : view.sentenceSubject(verb);
        }
        if (subject != null && !relativeClause && isAnaphoricObject(view, cue) && namesSpeaker(view, subject)) {
            // "At least 25 arrests were made. Europol confirmed these developments.": the report is the sentence before
            QuoteSpan earlier = previousSentenceAsContent(text, view, cue, subject, previous, direct);
            if (earlier != null) {
                out.add(earlier);
            }
            return subject;
        }
        int[] range = relativeClause ? content.afterInRelativeClause(view, cue) : content.after(view, cue);
        if (range != null && relativeClause && view.lower(range[0]).equals("not")) {
            range = null; // ", who asked not to be named,": the anonymity formula, no report
        }
        if (range != null && restrictive && !content.isClause(view, range)) {
            range = null; // "a woman who claims she was ..." reports; "a man who pledged to ..." describes
        }
        if (range != null && cues.lexicon().needsSpeakerForClause(cue.lemma())
                && !headNamesSpeaker(view, source == subject && wholeSubject != null ? wholeSubject : source)) {
            range = null; // "the polls indicate that ...", "the agency's records indicate that ..."
        } else if (range != null && cues.lexicon().needsSpeakerSubject(cue.lemma()) && !content.isClause(view, range)
                && !namesSpeaker(view, source) && !agentNamesSpeaker(view, verb)) {
            range = null; // "the case highlights legal questions"
        }
        if (range != null) {
            out.add(span(text, view, range, cue, relativeSpeaker != null ? relativeSpeaker : source));
        }
        return subject != null ? subject : lastSource;
    }

    /**
     * According to X, CONTENT.  /  CONTENT, according to X.  /  In all, according to X, CONTENT.
     * The source runs to the next comma or the sentence end; a source the tagger misread ("exit
     * surveys" with "exit" as a verb) is still taken when it holds a noun.
     */
    private List<QuoteSpan> accordingTo(String text, SentenceView view, int at, int length) {
        List<Token> tokens = view.tokens();
        boolean leadIn = view.onlyLeadIn(at) || isShortLeadIn(view, at);
        int[] source = accordingToSource(view, at + length, leadIn);
        if (source == null) {
            return List.of();
        }
        CueAt cue = new CueAt(at, at + length, "according to");
        List<QuoteSpan> found = new ArrayList<>();
        if (!view.onlyLeadIn(at) && view.endsContentBefore(at)) {
            // "CONTENT, according to X"; also the opening piece of "In all, according to X, CONTENT"
            int[] before = content.before(view, at, false);
            if (before != null && !isBareAttribution(view, before)) {
                found.add(span(text, view, before, cue, source));
            }
        }
        if (leadIn) {
            int[] after = content.afterAccordingTo(view, source[1]);
            if (after != null) {
                found.add(span(text, view, after, cue, source));
            }
        }
        return found;
    }

    /**
     * Whether the words are an attribution of their own with nothing reported after the verb
     * ("Trump said at a fundraiser", after the quote he said): no content for "according to".
     */
    private static boolean isBareAttribution(SentenceView view, int[] range) {
        for (int k = range[0]; k < range[1]; k++) {
            if (!view.inDirect(k) && view.cueAt(k) != null) {
                for (int j = k + 1; j < range[1]; j++) {
                    if (view.get(j).isVerb() || view.inDirect(j)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The source after "according to" starting at {@code from}: the noun phrase there, or, when the
     * tagger misread it, the words up to the next comma (or the sentence end) if they hold a noun. A
     * lead-in source ends at a comma, so an apposition that would run into the content is cut there
     * ("According to Moore, the interest in ... is": the source is Moore).
     */
    private static int[] accordingToSource(SentenceView view, int from, boolean leadIn) {
        List<Token> tokens = view.tokens();
        int[] np = SourcePhrase.subjectAfter(tokens, from - 1, tokens.size());
        if (np != null && leadIn && np[1] < view.size() && !view.text(np[1]).equals(",")) {
            for (int k = np[0]; k < np[1]; k++) {
                if (view.text(k).equals(",")) {
                    return new int[] {np[0], k};
                }
            }
        }
        if (np != null) {
            return np;
        }
        int end = from;
        while (end < view.size() && !view.isPunct(end) && !view.inDirect(end) && end - from < 12) {
            end++;
        }
        boolean closed = end >= view.size() || view.text(end).equals(",") || view.text(end).equals(".");
        for (int k = from; k < end && closed; k++) {
            if (view.pos(k).startsWith("NOUN") || view.pos(k).startsWith("PROPN")) {
                return new int[] {from, end};
            }
        }
        return null;
    }

    /**
     * Whether "according to" follows a short opening phrase without a verb and a comma ("By Sept.
     * 30, according to ...", "In all, according to ..."): the content then comes after the source.
     */
    private static boolean isShortLeadIn(SentenceView view, int at) {
        if (at < 2 || at > 7 || !view.text(at - 1).equals(",")) {
            return false;
        }
        for (int k = 0; k < at - 1; k++) {
            if (view.get(k).isVerb() || view.inDirect(k) || view.isQuoteMark(k) || view.text(k).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** "Their previous research revealed": the speaker is "Their", not the research. */
    private int[] possessiveOwner(SentenceView view, int[] subject) {
        Token first = view.get(subject[0]);
        if (subject[1] - subject[0] < 2 || !"PRON".equals(first.pos()) || namesSpeaker(view, new int[] {subject[0] + 1, subject[1]})) {
            return subject;
        }
        String w = first.text().toLowerCase(java.util.Locale.ROOT);
        boolean possessive = w.equals("their") || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("our");
        return possessive ? new int[] {subject[0], subject[0] + 1} : subject;
    }

    /** Whether the source names a speaker: a name, a pronoun or a role noun. */
    private boolean namesSpeaker(SentenceView view, int[] source) {
        if (source == null || source[0] < 0) {
            return false;
        }
        for (int i = source[0]; i < source[1]; i++) {
            Token token = view.get(i);
            if (token.pos().startsWith("PROPN") || "PRON".equals(token.pos()) || cues.lexicon().isRoleNoun(token.lowerLemma())
                    || cues.lexicon().isRoleNoun(token.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the head of the source names a speaker: "Europol", "she", "party leaders", but not
     * "the agency's records of the interviews" or "his recent comments", whose head is a document
     * or an utterance.
     */
    private boolean headNamesSpeaker(SentenceView view, int[] source) {
        if (source == null || source[0] < 0) {
            return false;
        }
        int head = -1;
        for (int i = source[0]; i < source[1]; i++) {
            String pos = view.pos(i);
            if ("ADP".equals(pos) || view.text(i).equals(",")) {
                break; // "records of the interviews": the head stands before the preposition
            }
            boolean possessor = i + 1 < source[1] && (view.lower(i + 1).equals("'s") || view.lower(i + 1).equals("\u2019s"));
            boolean possessive = POSSESSIVES.contains(view.lower(i)) && i + 1 < source[1];
            if (!possessor && !possessive && (pos.startsWith("PROPN") || pos.startsWith("NOUN") || "PRON".equals(pos))) {
                head = i;
            }
        }
        return head >= 0 && namesSpeaker(view, new int[] {head, head + 1});
    }

    /**
     * Whether the subject before the cue at {@code verb} holds an agent that names a speaker:
     * "Research conducted by the charity revealed ..." reports the charity's finding.
     */
    private boolean agentNamesSpeaker(SentenceView view, int verb) {
        for (int k = Math.max(0, verb - 20); k < verb - 1; k++) {
            if (!view.lower(k).equals("by") || view.inDirect(k)) {
                continue;
            }
            int end = k + 1;
            while (end < verb && end - k <= 5 && ("DET".equals(view.pos(end)) || "ADJ".equals(view.pos(end))
                    || view.pos(end).startsWith("NOUN") || view.pos(end).startsWith("PROPN"))) {
                end++;
            }
            if (end > k + 1 && namesSpeaker(view, new int[] {k + 1, end})) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue's object is a demonstrative that points back ("confirmed this", "confirmed
     * these developments as part of ..."): "this" or "these", at most three nouns or adjectives,
     * then the end of the clause or a preposition. "said this week" is a time, not an object, and
     * a naming verb ("calls this kind of crime ...") does not point back.
     */
    private boolean isAnaphoricObject(SentenceView view, CueAt cue) {
        int k = cue.end();
        if (NAMING_VERBS.contains(cue.lemma()) || k >= view.size() || view.inDirect(k)
                || !(view.lower(k).equals("this") || view.lower(k).equals("these"))) {
            return false; // "calls this kind of crime ..." names, it does not point back
        }
        if (k + 1 < view.size() && cues.lexicon().isTimeWord(view.text(k + 1))) {
            return false;
        }
        int end = k + 1;
        while (end < view.size() && end - k <= 3 && ("NOUN".equals(view.pos(end)) || "ADJ".equals(view.pos(end)))) {
            end++;
        }
        return end >= view.size() || view.isPunct(end) || "ADP".equals(view.pos(end));
    }

    /**
     * The sentence before, as the content of an anaphoric report, when it is a plain statement:
     * a clause of five words or more ending in a full stop, with no quotation mark and no cue of its own.
     */
    private QuoteSpan previousSentenceAsContent(String text, SentenceView view, CueAt cue, int[] subject,
                                                List<Token> previous, List<QuoteSpan> direct) {
        if (previous == null) {
            return null;
        }
        SentenceView before = new SentenceView(previous, direct, cues);
        int last = before.lastWordEnd();
        if (last < 5 || !before.text(before.size() - 1).equals(".")) {
            return null;
        }
        boolean verb = false;
        for (int i = 0; i < before.size(); i++) {
            if (before.inDirect(i) || before.isQuoteMark(i) || before.cueAt(i) != null
                    || cues.sourceAfterPhraseLength(previous, i) > 0 || cues.nounPhraseLength(previous, i) > 0) {
                return null;
            }
            verb |= before.get(i).isVerb();
        }
        if (!verb) {
            return null;
        }
        List<Token> tokens = view.tokens();
        int[] source = SourcePhrase.speakerPart(tokens, subject, cues.lexicon());
        Cue found = CueMatcher.cue(text, tokens, cue.verb(), cue.end(), cue.lemma());
        return new QuoteSpan(previous.get(0).start(), previous.get(last - 1).end(), QuoteKind.INDIRECT, found,
                tokens.get(source[0]).start(), tokens.get(source[1] - 1).end());
    }

    /**
     * Whether the subject is a restrictive "who" after the object of an earlier verb ("held a
     * news conference with three women who claimed ..."): the relative clause closes the
     * sentence there, while after the sentence's subject ("Voters who said ... were ...") the
     * main verb would follow the content.
     */
    private static boolean isObjectRelative(SentenceView view, int[] subject) {
        int who = subject[1] - 1;
        if (!view.lower(who).equals("who") || who == 0) {
            return false;
        }
        if (!view.pos(who - 1).startsWith("NOUN")) {
            return false; // "It was Mr. Sloan who ...": a cleft, no restrictive clause
        }
        for (int k = 0; k < who - 1; k++) {
            if (!view.inDirect(k) && view.get(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase that ", who" at {@code who} refers back to, with its apposition ("Jim Roe,
     * a lawyer for the city, who said ..."), or null.
     */
    private int[] antecedentBeforeComma(SentenceView view, int who) {
        int[] np = SourcePhrase.subjectBefore(view.tokens(), who, 0, cues.lexicon());
        return np != null ? np : SourcePhrase.before(view.tokens(), who - 1, 0);
    }

    /** The noun phrase right before the relative pronoun at {@code who}, without a preposition or article before it. */
    private static int[] relativeHead(SentenceView view, int who) {
        int start = who;
        while (start > 0 && !view.inDirect(start - 1) && (view.pos(start - 1).startsWith("NOUN")
                || view.pos(start - 1).startsWith("PROPN") || "ADJ".equals(view.pos(start - 1))
                || "NUM".equals(view.pos(start - 1)))) {
            start--;
        }
        return new int[] {start, who};
    }

    /** Whether the subject is a relative pronoun ("a woman who accused ..."). */
    private static boolean isRelative(SentenceView view, int[] subject) {
        String last = view.lower(subject[1] - 1);
        return last.equals("who") || last.equals("which") || last.equals("whom") || last.equals("that");
    }

    private static boolean overlapsDirect(SentenceView view, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (view.inDirect(i)) {
                return true;
            }
        }
        return false;
    }

    private QuoteSpan span(String text, SentenceView view, int[] range, CueAt cue, int[] subject) {
        List<Token> tokens = view.tokens();
        int[] source = subject == null || subject[0] < 0 ? subject : SourcePhrase.speakerPart(tokens, subject, cues.lexicon());
        int start = tokens.get(range[0]).start();
        int end = tokens.get(range[1] - 1).end();
        Cue found = CueMatcher.cue(text, tokens, cue.verb(), cue.end(), cue.lemma());
        if (source == null || source[0] < 0) {
            return new QuoteSpan(start, end, QuoteKind.INDIRECT, found, -1, -1);
        }
        return new QuoteSpan(start, end, QuoteKind.INDIRECT, found, tokens.get(source[0]).start(),
                tokens.get(source[1] - 1).end());
    }
}
