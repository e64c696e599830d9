package org.quotetrace.quotes;

import java.util.Set;

/**
 * Finds where the reported content of a cue starts and ends inside a sentence: after the verb
 * (skipping the hearer of "told", words of time, "in a statement", a leading "that"), before an
 * inverted source ("CONTENT, X said"), or around "according to". Content ends at the sentence end
 * or where the next attribution or an unrelated clause begins (";", ", adding", "and said",
 * ", according to", ", but"). Works on token indices of a {@link SentenceView}.
 */
final class ReportedContent {

    /** Verbs whose hearer comes before the content ("told reporters that ..."). */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "inform", "assure", "reassure", "remind", "warn",
            "advise", "ask", "promise", "caution", "brief", "notify", "email", "text", "write");
    private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("as", "while", "because", "although", "though",
            "whereas", "since", "when", "after", "before", "until");
    /** Words that attach the narrator's own remark to the sentence ("..., despite the campaign's decision"). */
    private static final Set<String> NARRATOR_LINKS = Set.of("despite");
    /** Prepositions that open a quantity ("between 500 and 1,500 images were sold"). */
    private static final Set<String> QUANTITY_WORDS = Set.of("between", "about", "around", "over", "under", "at", "up",
            "nearly", "almost", "roughly");
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "\u2015", "--");
    private static final int MIN_CLAUSE_TOKENS = 3;
    private static final int MIN_OBJECT_TOKENS = 2;

    private final CueMatcher cues;

    ReportedContent(CueMatcher cues) {
        this.cues = cues;
    }

    /** Whether the cue's first object is its hearer ("told reporters"). */
    static boolean takesHearer(CueAt cue) {
        return HEARER_VERBS.contains(cue.lemma());
    }

    /** The content after the cue ("said (that) CONTENT"), or null when there is none. */
    int[] after(SentenceView view, CueAt cue) {
        int start = startAfterCue(view, cue);
        if (start < 0 || start >= view.size()) {
            return null;
        }
        if (start > cue.end() && view.text(start - 1).equals(",") && !view.isQuoteMark(start)) {
            return null; // "he said, referring to ..."
        }
        int end = end(view, start);
        if (cue.verb() == 0 || view.opensWithSubordinator(cue.verb())) {
            // "Insisting it was not rehearsed, Trump ..."; "While the board emphasized that ..., critics ..."
            end = trimEnd(view, start, Math.min(end, firstCommaAfter(view, start)));
        }
        boolean afterThat = start > 0 && view.lower(start - 1).equals("that");
        if (afterThat && "ADP".equals(view.pos(start)) && end - start >= MIN_CLAUSE_TOKENS && hasVerb(view, start, end)) {
            return mostlyDirect(view, start, end) ? null : new int[] {start, end}; // "that against any rival, things ..."
        }
        return accept(view, start, end, cue, false);
    }

    private static int firstCommaAfter(SentenceView view, int start) {
        for (int k = start; k < view.size(); k++) {
            if (!view.inDirect(k) && view.text(k).equals(",")) {
                return k;
            }
        }
        return view.size();
    }

    /** The content of "As X announced on Friday, CONTENT": the main clause after the comma. */
    int[] afterAsClause(SentenceView view, CueAt cue) {
        int comma = firstCommaAfter(view, cue.end());
        if (comma >= view.size() || comma - cue.end() > 6) {
            return null;
        }
        for (int k = cue.end(); k < comma; k++) {
            if (view.get(k).isVerb()) {
                return null;
            }
        }
        int start = comma + 1;
        if (start >= view.size()) {
            return null;
        }
        int end = end(view, start);
        if (end - start < MIN_CLAUSE_TOKENS || !hasVerb(view, start, end)) {
            return null;
        }
        return mostlyDirect(view, start, end) ? null : new int[] {start, end};
    }

    /**
     * The content of ", who claimed that CONTENT," which ends at the next comma, unless a
     * subordinate clause goes on after it (", who claimed that X, when he was ...").
     */
    int[] afterInRelativeClause(SentenceView view, CueAt cue) {
        int[] range = after(view, cue);
        if (range == null) {
            return null;
        }
        int comma = firstCommaAfter(view, range[0]);
        while (comma + 1 < range[1] && CLAUSE_SUBORDINATORS.contains(view.lower(comma + 1))) {
            comma = firstCommaAfter(view, comma + 1);
        }
        int end = trimEnd(view, range[0], Math.min(range[1], comma));
        return accept(view, range[0], end, cue, false);
    }

    /** The second content piece of "CONTENT, X said, CONTENT" starting at {@code from}. */
    int[] afterInvertedSource(SentenceView view, int from, boolean sourceAfterVerb) {
        if (from >= view.size() || !view.text(from).equals(",")) {
            return null;
        }
        int start = from + 1;
        if (start >= view.size() || view.cueAt(start) != null && view.isParticiple(start) || isRelative(view.lower(start))
                || "ADP".equals(view.pos(start)) || "SCONJ".equals(view.pos(start))) {
            return null;
        }
        if (sourceAfterVerb && !"PRON".equals(view.pos(start))) {
            return null; // '..., said Holman of Public Citizen, a watchdog group': an apposition, no content
        }
        int end = end(view, start);
        int firstVerb = -1;
        for (int k = start; k < end && firstVerb < 0; k++) {
            if (!view.inDirect(k) && view.get(k).isVerb()) {
                boolean gerundSubject = k == start && gerundPredicate(view, k + 1, end); // "cleaning up the mess would be ..."
                if (!isFinite(view, k) && !gerundSubject) {
                    return null; // ", speaking on condition of anonymity"
                }
                firstVerb = k;
            }
            if (isRelative(view.lower(k))) {
                return null;
            }
        }
        if (firstVerb < 0 || firstVerb - start > 6 || end - start < MIN_CLAUSE_TOKENS) {
            return null;
        }
        return mostlyDirect(view, start, end) ? null : new int[] {start, end}; // may open with the verb: ", he said, was ..."
    }

    /** The content after "according to X," at the start of a sentence. */
    int[] afterAccordingTo(SentenceView view, int from) {
        int start = from;
        if (start < view.size() && !view.text(start).equals(",")) {
            // "According to the documents released by WikiLeaks, CONTENT"
            int comma = firstCommaAfter(view, start);
            if (comma - start > 10) {
                return null;
            }
            start = comma;
        }
        while (start < view.size() && view.text(start).equals(",")) {
            start++;
        }
        if (start >= view.size()) {
            return null;
        }
        int end = end(view, start);
        if (end - start < MIN_CLAUSE_TOKENS + 1 && !hasVerb(view, start, end)) {
            return null;
        }
        return mostlyDirect(view, start, end) || end - start < MIN_CLAUSE_TOKENS ? null : new int[] {start, end};
    }

    /** Words that open an indirect question ("asked whether ...", "asked how ..."). */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "why", "what", "when", "where",
            "who", "which");

    /**
     * Whether the sentence opens with a question put to someone ("Asked whether ..., X said",
     * "When asked if ..., X said"): that clause is no content of the main clause's cue.
     */
    static boolean opensWithQuestionPut(SentenceView view) {
        return askedAt(view) >= 0;
    }

    /** The index of the opening "Asked" / "When asked", or -1. */
    static int askedAt(SentenceView view) {
        int k = 0;
        while (k < view.size() && (view.isPunct(k) || "CCONJ".equals(view.pos(k)))) {
            k++;
        }
        if (k < view.size() && view.lower(k).equals("when")) {
            k++;
        }
        return k < view.size() && view.lower(k).equals("asked") ? k : -1;
    }

    /**
     * The question of "Asked whether CONTENT, X said ...": from the question word to the first
     * comma; the asker is not named. Null when the sentence does not open that way.
     */
    int[] questionPut(SentenceView view) {
        int asked = askedAt(view);
        if (asked < 0) {
            return null;
        }
        int start = asked + 1;
        if (start < view.size() && view.lower(start).equals("by")) {
            int k = start + 1;
            while (k < view.size() && k - start < 6 && !QUESTION_WORDS.contains(view.lower(k))) {
                k++; // "asked directly by the newspaper if ..."
            }
            start = k;
        }
        while (start < view.size() && "ADV".equals(view.pos(start)) && !QUESTION_WORDS.contains(view.lower(start))) {
            start++;
        }
        if (start >= view.size() || !QUESTION_WORDS.contains(view.lower(start))) {
            return null;
        }
        int end = trimEnd(view, start, firstCommaAfter(view, start));
        return end - start > MIN_CLAUSE_TOKENS && hasVerb(view, start + 1, end) ? new int[] {start, end} : null;
    }

    /** The content from the sentence start to the comma before {@code at} ("CONTENT, X said"). */
    int[] before(SentenceView view, int at) {
        return before(view, at, true);
    }

    /** Like {@link #before(SentenceView, int)}; {@code needVerb} false accepts content without a verb. */
    int[] before(SentenceView view, int at, boolean needVerb) {
        int start = view.contentStart();
        for (int k = start; k < at; k++) {
            if (isMarkup(view.text(k))) {
                start = k + 1; // page residue such as '<p class="...">' before the sentence proper
            }
        }

        int end = at;
        while (end > start && (view.text(end - 1).equals(",") || view.isQuoteMark(end - 1) && !opensInside(view, start, end - 1))) {
            end--;
        }
        int minimum = needVerb ? MIN_CLAUSE_TOKENS : 1; // "Instead, he said, he sees ..."
        if (end - start < minimum || needVerb && !hasVerb(view, start, end) || view.cueAt(start) != null
                || start == 0 && opensWithQuestionPut(view)) {
            return null;
        }
        boolean subordinateThenMain = "SCONJ".equals(view.pos(start)) && commaBetween(view, start + 1, end);
        if ("SCONJ".equals(view.pos(start)) && !subordinateThenMain
                || "PRON".equals(view.pos(start)) && isRelative(view.lower(start))) {
            return null;
        }
        return mostlyDirect(view, start, end) ? null : new int[] {start, end};
    }

    private int startAfterCue(SentenceView view, CueAt cue) {
        int start = cue.end();
        int n = view.size();
        if (start < n && view.lower(start).equals("out") && cue.lemma().equals("point")) {
            start++;
        }
        if (HEARER_VERBS.contains(cue.lemma()) && cue.end() == cue.verb() + 1) {
            start = skipHearer(view, start);
        }
        boolean moved = true;
        while (moved && start < n) {
            moved = false;
            int that = thatAhead(view, start, cue);
            if (that >= 0) {
                return that + 1;
            }
            int time = timeAfter(view, start);
            if (time > start) {
                start = time;
                moved = true;
            } else if (cues.nounPhraseLength(view.tokens(), start) > 0) {
                start += cues.nounPhraseLength(view.tokens(), start);
                moved = true;
            } else if (view.text(start).equals(",") || view.text(start).equals(":")) {
                start++;
                moved = true;
            }
        }
        return start;
    }

    /** The index after a time expression at {@code start} ("Tuesday", "on Friday", "last week"), or {@code start}. */
    private static int timeAfter(SentenceView view, int start) {
        int k = start;
        if (k < view.size() && "ADP".equals(view.pos(k)) && k + 1 < view.size() && view.lexicon().isTimeWord(view.text(k + 1))) {
            k++;
        }
        int words = k;
        while (k < view.size() && view.lexicon().isTimeWord(view.text(k))) {
            k++;
        }
        if (k == words) {
            return start;
        }
        if (k - words == 1) {
            String w = view.lower(words);
            boolean modifier = w.equals("this") || w.equals("last") || w.equals("next");
            if (modifier) {
                return start; // "this kind of crime", "last resort"
            }
        }
        return k;
    }

    /** Skips the hearer of "told reporters (that) ...", when a clause follows it. */
    private static int skipHearer(SentenceView view, int start) {
        int n = view.size();
        int end = start;
        boolean head = false;
        while (end < n && end - start < 6) {
            String pos = view.pos(end);
            boolean np = "PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos) || "DET".equals(pos)
                    || "ADJ".equals(pos) || view.lower(end).equals("'s") || view.lower(end).equals("’s");
            if (!np || head && ("DET".equals(pos) || "PRON".equals(pos) && !view.lower(end).endsWith("s"))) {
                break;
            }
            head |= "PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos);
            end++;
        }
        if (!head || end >= n || view.text(end).equals("that")) {
            return head && end < n ? end : start;
        }
        String next = view.pos(end);
        if ("SCONJ".equals(next)) {
            return end;
        }
        if (("DET".equals(next) || "PRON".equals(next) || "PROPN".equals(next) || "NOUN".equals(next)
                || "NUM".equals(next)) // "told The Daily Post 93 calls had come in"
                && !view.lower(end).equals("to")) {
            for (int k = end; k < Math.min(n, end + 6); k++) {
                if (view.get(k).isVerb()) {
                    return end;
                }
            }
        }
        return start;
    }

    /** The index of a complementiser "that" soon after {@code from} ("said on Friday that"), or -1. */
    private static int thatAhead(SentenceView view, int from, CueAt cue) {
        for (int k = from; k < Math.min(view.size(), from + 15); k++) {
            if (view.lower(k).equals("that")) {
                if (k == from || "SCONJ".equals(view.pos(k))) {
                    boolean leadOk = k == from || "ADP".equals(view.pos(from)) || "ADV".equals(view.pos(from))
                            || view.text(from).equals(",") || view.lexicon().isTimeWord(view.text(from))
                            || HEARER_VERBS.contains(cue.lemma());
                    boolean contentFollows = k + 1 < view.size() && !(view.get(k + 1).isVerb() && isFinite(view, k + 1));
                    return leadOk && contentFollows ? k : -1;
                }
                return -1;
            }
            if (view.get(k).isVerb() || view.inDirect(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the content starting at {@code start} ends (exclusive), trimmed of trailing punctuation. */
    private int end(SentenceView view, int start) {
        int n = view.size();
        boolean verbSeen = false;
        boolean clauseVerbSeen = false; // like verbSeen, but a misread noun ("the urgent need/VERB for") is no verb
        int k = start;
        for (; k < n; k++) {
            if (view.inDirect(k)) {
                verbSeen |= view.get(k).isVerb();
                continue;
            }
            String t = view.text(k);
            if (t.equals(";") || t.equals(":") && k > start) {
                break;
            }
            if (k > start && cues.sourceAfterPhraseLength(view.tokens(), k) > 0) {
                break;
            }
            if (k > start && t.equals(",") && k + 1 < n && view.lower(k + 1).equals("but")
                    && !(k + 2 < n && (view.get(k + 2).isVerb() || view.lower(k + 2).equals("that")))) {
                break; // ", but the court rejected it" (not ", but were accustomed to ...", ", but that ...")
            }
            if (k > start && t.equals(",") && k + 1 < n && endsAtComma(view, k, verbSeen)) {
                break;
            }
            if (k - start >= 1 && !verbSeen && trailingAdjunct(view, k)) {
                break; // "denounced the bank on the campaign trail", "dismissed that notion in an interview"
            }
            if (k - start >= 1 && !verbSeen && "CCONJ".equals(view.pos(k)) && k + 1 < n && nextVerb(view, k + 1)) {
                break; // "praised the plan and drew a map"
            }
            if (k > start && (NARRATOR_LINKS.contains(view.lower(k))
                    || view.lower(k).equals("even") && k + 1 < n && view.lower(k + 1).equals("though"))) {
                break;
            }
            if (k > start && DASHES.contains(t) && !dashFollows(view, k + 1)
                    && !(k + 1 < n && ("CCONJ".equals(view.pos(k + 1)) || view.lower(k + 1).equals("that")))) {
                break; // "the election is on Nov. 28 \u2015 20 days after Election Day"
            }
            if (k > start && startsNextAttribution(view, k)) {
                break;
            }
            if (!clauseVerbSeen && k - start >= 2 && CLAUSE_SUBORDINATORS.contains(view.lower(k))
                    && ("SCONJ".equals(view.pos(k)) || k + 1 < n && "PRON".equals(view.pos(k + 1)))) {
                break;
            }
            verbSeen |= view.get(k).isVerb();
            clauseVerbSeen |= view.get(k).isVerb() && !nounInDeterminerPhrase(view, start, k);
        }
        return trimEnd(view, start, k);
    }

    /**
     * Whether the "verb" at {@code k} heads a noun phrase the tagger misread: it follows a
     * determiner and nothing but nouns and adjectives, and a preposition follows it ("the urgent
     * need for action").
     */
    private static boolean nounInDeterminerPhrase(SentenceView view, int start, int k) {
        String w = view.lower(k);
        boolean participle = w.endsWith("ing") || w.endsWith("ed") && !w.equals(view.get(k).lowerLemma());
        if (k + 1 >= view.size() || !"ADP".equals(view.pos(k + 1)) || participle) {
            return false;
        }
        int j = k - 1;
        while (j >= start && ("ADJ".equals(view.pos(j)) || "NOUN".equals(view.pos(j)))) {
            j--;
        }
        return j >= start && j < k - 1 && "DET".equals(view.pos(j));
    }

    /**
     * Whether a comma at {@code k} ends the content: a participle clause after a full clause
     * (", cementing ..."; not ", including ..."), or ", without ...".
     */
    private static boolean endsAtComma(SentenceView view, int k, boolean clause) {
        String next = view.lower(k + 1);
        if (next.equals("without")) {
            return true;
        }
        if (next.equals("including")) {
            return false; // ", including ...": examples of what was said, not a clause of the narrator's
        }
        return clause && "VERB".equals(view.pos(k + 1)) && next.endsWith("ing") && !view.inDirect(k + 1)
                && view.cueAt(k + 1) == null && !parentheticalBeforeInfinitive(view, k);
    }

    /** A participle phrase set off by commas within the content has at most this many words. */
    private static final int MAX_PARENTHETICAL_WORDS = 8;

    /**
     * Whether the participle phrase after the comma at {@code k} is set off by a second comma and the
     * clause goes on with an infinitive ("would need eight weeks, starting on 3 May, to rebuild the
     * wall"): the phrase is an aside inside the content, not the narrator's clause after it.
     */
    private static boolean parentheticalBeforeInfinitive(SentenceView view, int k) {
        for (int j = k + 2; j < view.size() && j - k <= MAX_PARENTHETICAL_WORDS + 1; j++) {
            String t = view.text(j);
            if (t.equals(",")) {
                return j + 2 < view.size() && view.lower(j + 1).equals("to") && "VERB".equals(view.pos(j + 2))
                        && !view.inDirect(j + 1);
            }
            if (t.equals(".") || t.equals(";") || t.equals(":") || view.inDirect(j)) {
                return false;
            }
        }
        return false;
    }

    /** A time expression or "in an interview" / "in his speech" after a noun-phrase content. */
    private boolean trailingAdjunct(SentenceView view, int k) {
        if (view.lexicon().isTimeWord(view.text(k)) && Character.isUpperCase(view.text(k).charAt(0))) {
            return true; // "Saturday"
        }
        if (!"ADP".equals(view.pos(k)) || k + 1 >= view.size()) {
            return false;
        }
        if (view.lexicon().isTimeWord(view.text(k + 1)) && (Character.isUpperCase(view.text(k + 1).charAt(0))
                || k + 2 < view.size() && view.lexicon().isTimeWord(view.text(k + 2)))) {
            return true; // "on Sunday", "in recent days"
        }
        if (cues.nounPhraseLength(view.tokens(), k) > 0) {
            return true;
        }
        int noun = k + 1;
        while (noun < view.size() && noun - k <= 3 && ("DET".equals(view.pos(noun)) || "PRON".equals(view.pos(noun))
                || "ADJ".equals(view.pos(noun)))) {
            noun++;
        }
        return noun < view.size() && view.lower(k).equals("in") && view.lexicon().isSpeechEventNoun(view.tokens().get(noun).lowerLemma());
    }

    private static boolean nextVerb(SentenceView view, int from) {
        int k = from;
        while (k < view.size() && "ADV".equals(view.pos(k))) {
            k++;
        }
        return k < view.size() && "VERB".equals(view.pos(k)) && !view.inDirect(k) && !view.lower(k).endsWith("ing");
    }

    private static boolean dashFollows(SentenceView view, int from) {
        for (int k = from; k < view.size(); k++) {
            if (DASHES.contains(view.text(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkup(String token) {
        return token.indexOf('>') >= 0 || token.indexOf('{') >= 0 || token.indexOf('}') >= 0 || token.indexOf('\\') >= 0;
    }

    private static boolean commaBetween(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!view.inDirect(k) && view.text(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a connector at {@code k} (", adding", "and said", "while noting") opens another attribution. */
    private static boolean startsNextAttribution(SentenceView view, int k) {
        String t = view.text(k);
        boolean joiner = t.equals(",") || "CCONJ".equals(view.pos(k)) || "SCONJ".equals(view.pos(k))
                || "ADP".equals(view.pos(k)) || view.lower(k).equals("where") || view.lower(k).equals("when");
        boolean clauseJoiner = joiner && !"ADP".equals(view.pos(k));
        if (!joiner) {
            return false;
        }
        int v = k + 1;
        while (v < view.size() && ("ADV".equals(view.pos(v)) || "CCONJ".equals(view.pos(v)) || "AUX".equals(view.pos(v)))) {
            v++;
        }
        if (v >= view.size() || view.inDirect(v)) {
            return false;
        }
        CueAt cue = view.cueAt(v);
        if (cue == null) {
            return clauseJoiner && newSubjectWithCue(view, v);
        }
        return cue != null && !view.isPassive(v) && (view.isParticiple(v) || "VERB".equals(view.pos(v)) && !t.equals(","))
                || cue != null && t.equals(",") && view.isParticiple(v);
    }

    /** Whether a new subject with its own speech verb starts at {@code from} ("..., and the mayor praised"). */
    private static boolean newSubjectWithCue(SentenceView view, int from) {
        int k = from;
        boolean head = false;
        while (k < view.size() && k - from < 6 && !view.inDirect(k)) {
            String pos = view.pos(k);
            if (!("PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos) || "DET".equals(pos) || "ADJ".equals(pos)
                    || "NUM".equals(pos))) {
                break;
            }
            head |= !"DET".equals(pos) && !"ADJ".equals(pos);
            k++;
        }
        while (k < view.size() && ("ADV".equals(view.pos(k)) || "AUX".equals(view.pos(k)))) {
            k++;
        }
        return head && k < view.size() && view.cueAt(k) != null && !view.isPassive(k) && !view.lower(k).endsWith("ing");
    }

    private static int trimEnd(SentenceView view, int start, int end) {
        while (end > start) {
            String t = view.text(end - 1);
            if (t.equals(".") || t.equals(",") || t.equals(";") || t.equals(":") || t.equals("!") || t.equals("?")
                    || t.equals("\u2014") || t.equals("\u2013") || t.equals("-")) {
                end--;
            } else if (view.isQuoteMark(end - 1) && !opensInside(view, start, end - 1)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private int[] accept(SentenceView view, int start, int end, CueAt cue, boolean clauseOnly) {
        if (end <= start) {
            return null;
        }
        String first = view.pos(start);
        boolean gerund = view.lower(start).endsWith("ing") && "VERB".equals(first) && cue != null
                && (start == cue.end() || view.lower(start - 1).equals("that")); // "added that inviting them was ..."
        boolean quantity = QUANTITY_WORDS.contains(view.lower(start)) && start + 1 < end
                && ("NUM".equals(view.pos(start + 1)) || view.lower(start + 1).equals("least"));
        boolean hyphenated = view.lower(start).indexOf('-') > 0; // "AI-generated images" read as a verb
        if (view.get(start).isVerb() && !gerund && !hyphenated || "ADP".equals(first) && !quantity || "CCONJ".equals(first)
                || view.isPunct(start) && !view.isQuoteMark(start) && !view.text(start).equals("(")) {
            return null;
        }
        if (isRelative(view.lower(start)) || "PRON".equals(first) && start + 1 < end && view.text(start + 1).equals(",")) {
            return null;
        }
        if (CLAUSE_SUBORDINATORS.contains(view.lower(start))) {
            return null; // 'Clinton said before introducing Perry': an adverbial clause, not what was said
        }
        boolean infinitive = "PART".equals(first) && view.lower(start).equals("to");
        if (infinitive && (cue == null || cue.lemma().equals("say") || start + 1 >= end || !view.get(start + 1).isVerb())) {
            return null;
        }
        boolean afterComplementiser = start > 0 && (view.lower(start - 1).equals("that") || view.lower(start - 1).equals("whether"))
                && hasVerb(view, start, end);
        boolean clause = afterComplementiser || hasMainVerb(view, start, end);
        if (clause && !infinitive && objectControl(view, start, end)) {
            // "urged voters to stay home": only verbs that take a hearer or an object report this way
            boolean objectCue = cue != null && (takesHearer(cue) || cue.end() > cue.verb() + 1
                    || cues.lexicon().takesObjectContent(cue.lemma()));
            if (!objectCue) {
                return null;
            }
        }
        if (clause) {
            if (end - start < MIN_CLAUSE_TOKENS) {
                return null;
            }
        } else {
            boolean objectCue = cue != null && (cue.end() > cue.verb() + 1 || cues.lexicon().takesObjectContent(cue.lemma()));
            if (clauseOnly || !objectCue || end - start < MIN_OBJECT_TOKENS) {
                return null;
            }
        }
        return mostlyDirect(view, start, end) ? null : new int[] {start, end};
    }

    /**
     * Whether the content range is a clause rather than a noun phrase: it holds a finite verb, not
     * only modifiers ("the increasing challenges faced by authorities").
     */
    boolean isClause(SentenceView view, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (!view.get(i).isVerb()) {
                continue;
            }
            String w = view.lower(i);
            String before = i > range[0] ? view.lower(i - 1) : "";
            boolean modifier = w.endsWith("ing") || i > range[0] && ("DET".equals(view.pos(i - 1)) || "ADJ".equals(view.pos(i - 1)))
                    || w.endsWith("ed") && i + 1 < range[1] && view.lower(i + 1).equals("by")
                    || w.indexOf('-') >= 0 || before.equals("-") // "AI-generated", "self - generated"
                    || before.equals("to"); // "to combat it": an infinitive
            if (!modifier) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb stands in the content before any relative pronoun or comma: a clause, not a noun phrase. */
    private static boolean hasMainVerb(SentenceView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.get(i).isVerb()) {
                return true;
            }
            if (view.text(i).equals(",") && i + 1 < to && isRelative(view.lower(i + 1))) {
                int close = i + 2;
                while (close < to && !view.text(close).equals(",")) {
                    close++;
                }
                if (close < to) {
                    i = close; // "AI models, which generate images, are ..."
                    continue;
                }
                return false;
            }
            if (!view.inDirect(i) && (isRelative(view.lower(i)) || view.text(i).equals(",")
                    || view.lower(i).equals("that") && !"SCONJ".equals(view.pos(i)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the content's first verb is an infinitive after a noun phrase ("users to view it"),
     * and no modal or auxiliary later makes that phrase the subject of a clause ("the drive to
     * raise funds would be ...").
     */
    private static boolean objectControl(SentenceView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.get(i).isVerb()) {
                if (i <= from + 1 || !view.lower(i - 1).equals("to")) {
                    return false;
                }
                for (int k = i + 1; k < to; k++) {
                    if (!view.inDirect(k) && "AUX".equals(view.pos(k)) && !view.lower(k).equals("to")
                            && !view.lower(k - 1).equals("to")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gerund phrase starting before {@code from} is the subject of an auxiliary that
     * follows it ("cleaning up the mess would be ..."), and not a participle clause of the narrator
     * ("referring to the comments that he might ...", "according to audio obtained by ...").
     */
    private static boolean gerundPredicate(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.inDirect(k)) {
                continue;
            }
            String w = view.lower(k);
            if (w.equals(",") || w.equals("that") || isRelative(w)) {
                return false;
            }
            if ("AUX".equals(view.pos(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code k} can head a clause: not a participle or gerund, not a hyphenated adjective. */
    private static boolean isFinite(SentenceView view, int k) {
        String w = view.lower(k);
        return !w.endsWith("ing") && w.indexOf('-') < 0;
    }

    private static boolean isRelative(String word) {
        return word.equals("which") || word.equals("who") || word.equals("whom") || word.equals("whose");
    }

    private static boolean hasVerb(SentenceView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening quotation mark stands among tokens {@code [from, to)}. */
    private static boolean opensInside(SentenceView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.isQuoteMark(i) && (i + 1 < view.size() && view.inDirect(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content is a direct quote and little else, so that the direct quote alone is the
     * row: it opens with the quote and the words outside quotation marks are fewer than a third of
     * its letters, or it ends with a quoted fragment that makes up at least half of its letters
     * (calls this crime "one of the most ...", said the suspect "ran a platform for ..."). A short
     * fragment inside longer reported words ('posed "exceptional" risks for investigators') keeps
     * the reported content as a row of its own.
     */
    private static boolean mostlyDirect(SentenceView view, int start, int end) {
        int inside = 0;
        int outside = 0;
        boolean anyDirect = false;
        for (int i = start; i < end; i++) {
            int letters = (int) view.text(i).chars().filter(Character::isLetterOrDigit).count();
            if (view.inDirect(i)) {
                inside += letters;
                anyDirect = true;
            } else {
                outside += letters;
            }
        }
        if (!anyDirect) {
            return false;
        }
        boolean opensWithQuote = view.isQuoteMark(start) || view.inDirect(start);
        boolean introduced = start > 0 && (view.text(start - 1).equals(",") || view.text(start - 1).equals(":"));
        int share = introduced ? 2 : 3; // 'said, "..." if ...' is a direct quote with a tail
        return outside < 4 || opensWithQuote && outside * share < inside + outside
                || 3 * closingFragmentLetters(view, start, end) >= 2 * (inside + outside);
    }

    /** Letters of the quoted fragment that closes the content (only marks and punctuation after it), or 0. */
    private static int closingFragmentLetters(SentenceView view, int start, int end) {
        int last = end - 1;
        while (last >= start && !view.inDirect(last) && (view.isQuoteMark(last) || view.isPunct(last))) {
            last--;
        }
        int letters = 0;
        for (int i = last; i >= start && view.inDirect(i); i--) {
            letters += (int) view.text(i).chars().filter(Character::isLetterOrDigit).count();
        }
        return letters;
    }
}
