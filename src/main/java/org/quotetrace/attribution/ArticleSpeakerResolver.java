package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;
import org.quotetrace.quotes.ExtractedQuotes;
import org.quotetrace.quotes.QuoteKind;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Attributes the quotes of one article to entities of that article.
 * <ul>
 * <li>Named mentions create or extend entities: people are matched by surname, organisations by
 * name or alias (a bare capitalised word that is a known person's surname is that person).</li>
 * <li>Nominals with a personal role ("the spokesman", "Europol's executive director") resolve to the
 * most recent entity with that role and a compatible organisation; nominals that name a body
 * ("the agency", "the statement", "the organization") to the most recent organisation.</li>
 * <li>Pronouns resolve to the most recent entity of a compatible gender or kind ("it" and "its" to
 * an organisation, "they" to an organisation or a group).</li>
 * <li>Quotes without a cue continue the speaker of the direct quote in the same or the previous
 * paragraph; a bylined block quote takes the name under it.</li>
 * <li>When the article is read, an entity known only by a personal role merges into the one named
 * person of the article with that role ("a special prosecutor ... says prosecutor Jane Roe"); when no
 * quoted person holds the role, into the one person the narrative named with it ("Chair Jo Roe opened
 * the meeting ... 'We are sorry,' the chair said").</li>
 * </ul>
 */
public final class ArticleSpeakerResolver {

    /** How many tokens before a cue the subject search looks: far more than any real subject phrase. */
    private static final int MAX_SUBJECT_DISTANCE = 80;

    /** "..., EUROPOL, the European Union agency ...": a name standing right before an apposition. */
    private static final Pattern NAME_BEFORE_APPOSITION = Pattern.compile("(\\p{Lu}[\\p{L}.&'’-]*(?: \\p{Lu}[\\p{L}.&'’-]*){0,3}),\\s*$");

    private final MentionReader reader;

    public ArticleSpeakerResolver(MentionReader reader) {
        this.reader = reader;
    }

    /** Resolves every quote of {@code extracted} inside {@code text}. */
    public List<AttributedQuote> resolve(String text, ExtractedQuotes extracted) {
        List<ArticleEntity> entities = new ArrayList<>();
        List<AntecedentFinder.Antecedent> antecedents = outsideDirectQuotes(
                new AntecedentFinder(reader).find(extracted.annotated()), extracted.quotes());
        List<AttributedQuote> out = new ArrayList<>();
        AttributedQuote previousDirect = null;
        for (QuoteSpan found : extracted.quotes()) {
            QuoteSpan quote = found;
            AttributedQuote attributed;
            String cue = quote.cue() == null ? "" : quote.cue().text();
            if (quote.hasSource() && !isPlausibleSpeaker(text.substring(quote.sourceStart(), quote.sourceEnd()))) {
                quote = withSubjectOfSentence(text, extracted.annotated(), quote);
            }
            if (quote.hasSource()) {
                int sourceStart = widenOverName(text, quote.sourceStart());
                int mentionStart = withApposition(text, extracted.annotated(), sourceStart);
                String mention = text.substring(sourceStart, quote.sourceEnd());
                String fullMention = text.substring(mentionStart, quote.sourceEnd());
                ArticleEntity entity;
                SpeakerDescription described = reader.read(fullMention);
                if (described.kind() == MentionKind.PRONOUN) {
                    entity = preferLaterAntecedent(fullMention, sourceStart,
                            byPronoun(fullMention, described, entities), antecedents, entities);
                    if (entity != null) {
                        entity.seen(sourceStart);
                    }
                } else {
                    entity = resolveMention(fullMention, sourceStart, entities);
                    if (entity != null && entity.kind() == MentionKind.PERSON) {
                        learnRoleFromApposition(text, extracted.annotated(), quote.sourceEnd(), entity);
                    }
                }
                attributed = new AttributedQuote(quote, mention, cue, entity);
            } else {
                attributed = continuation(extracted.layout(), quote, cue, previousDirect, out);
            }
            out.add(attributed);
            if (quote.kind() == QuoteKind.DIRECT) {
                previousDirect = attributed;
            }
        }
        return consolidate(out, entities, antecedents);
    }

    /**
     * The antecedents that stand outside every direct quote: a "he" or "she" in the narrative refers
     * to someone the narrative mentions, not to a name the speaker used inside their own words
     * ("... the bus from Elm Way every Tuesday," she said. "..." He added ... is about the speaker).
     */
    private static List<AntecedentFinder.Antecedent> outsideDirectQuotes(List<AntecedentFinder.Antecedent> antecedents,
                                                                        List<QuoteSpan> quotes) {
        List<AntecedentFinder.Antecedent> out = new ArrayList<>();
        for (AntecedentFinder.Antecedent a : antecedents) {
            boolean inside = false;
            for (QuoteSpan q : quotes) {
                if (q.kind() == QuoteKind.DIRECT && q.start() <= a.position() && a.position() < q.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(a);
            }
        }
        return out;
    }

    /** The longest role apposition read after a name, in characters. */
    private static final int MAX_APPOSITION = 120;

    /**
     * A person's mention followed by a role apposition that the source phrase left out ("..., said
     * Jo Roe, head of roads at the Northby Council." or "Jo Roe, chair of the trust, said that ..."):
     * the role and its organisation are the person's, so that "the head of roads" later is her. The
     * apposition runs from a comma right after the mention to the next comma or the sentence end,
     * holds a personal role noun and no verb.
     */
    private void learnRoleFromApposition(String text, AnnotatedText annotated, int mentionEnd, ArticleEntity person) {
        List<Token> tokens = annotated.tokensIn(mentionEnd, Math.min(text.length(), mentionEnd + MAX_APPOSITION));
        if (tokens.size() < 2 || !tokens.get(0).text().equals(",") || tokens.get(0).start() != mentionEnd) {
            return;
        }
        int end = 1;
        while (end < tokens.size() && !tokens.get(end).text().equals(",") && !isSentenceEnd(tokens.get(end))) {
            String pos = tokens.get(end).pos();
            if ("VERB".equals(pos) || "AUX".equals(pos) || "PRON".equals(pos) || "SCONJ".equals(pos)) {
                return;
            }
            end++;
        }
        if (end == tokens.size() || end == 1) {
            return;
        }
        SpeakerDescription d = reader.read(text.substring(tokens.get(1).start(), tokens.get(end - 1).end()));
        SpeakerLexicon lexicon = reader.lexicon();
        if (d.kind() == MentionKind.NOMINAL
                && d.roles().stream().anyMatch(r -> !lexicon.isOrganisationRole(r) && !lexicon.isGroupRole(r))) {
            person.absorb(d, person.lastSeen());
        }
    }

    private static boolean isSentenceEnd(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?");
    }

    /**
     * Whether a mention can name a speaker: a name, a pronoun, or a phrase with a role noun. "The
     * preceding year" or "a large-scale probe" cannot.
     */
    private boolean isPlausibleSpeaker(String mention) {
        String[] words = mention.strip().split("\\s+");
        if (reader.lexicon().isNonSpeakerNoun(words[words.length - 1])) {
            return false; // "Research", "Last week", "the documents"
        }
        SpeakerDescription d = reader.read(mention);
        return d.kind() != MentionKind.NOMINAL || d.roles().stream().anyMatch(reader.lexicon()::isRole);
    }

    /**
     * The quote with its source replaced by the first plausible speaker of the sentence holding
     * its cue ("Research by the charity in the preceding year revealed ..." gives "the charity"),
     * or unchanged when the sentence has none before the cue.
     */
    private QuoteSpan withSubjectOfSentence(String text, AnnotatedText annotated, QuoteSpan quote) {
        if (quote.cue() == null) {
            return quote;
        }
        for (Sentence sentence : annotated.sentences()) {
            if (sentence.start() > quote.cue().start() || sentence.end() < quote.cue().end()) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            // the speaker stands within a few dozen tokens of its cue; starting there, not at the
            // sentence start, keeps a page-long "sentence" with thousands of cues linear
            int i = Math.max(0, firstTokenEndingAfter(tokens, quote.cue().start()) - MAX_SUBJECT_DISTANCE);
            while (i < tokens.size() && tokens.get(i).end() <= quote.cue().start()) {
                if (insideQuote(tokens.get(i), quote)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < tokens.size() && tokens.get(end).end() <= quote.cue().start() && isNounPhrasePart(tokens.get(end))) {
                    end++;
                }
                if (end > i) {
                    String phrase = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
                    boolean named = hasProperNoun(tokens, i, end);
                    SpeakerDescription d = reader.read(phrase);
                    boolean byRole = d.roles().stream().anyMatch(reader.lexicon()::isRole);
                    if (hasNominal(tokens, i, end) && (named && isPlausibleSpeaker(phrase) || byRole
                            || d.kind() == MentionKind.PRONOUN)) {
                        return quote.withCueAndSource(quote.cue(), tokens.get(i).start(), tokens.get(end - 1).end());
                    }
                    i = end;
                } else {
                    i++;
                }
            }
        }
        return quote;
    }

    /** Index of the first token that ends after {@code offset} (tokens are in text order). */
    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean insideQuote(Token token, QuoteSpan quote) {
        return token.start() >= quote.start() && token.end() <= quote.end();
    }

    private static boolean isNounPhrasePart(Token token) {
        String pos = token.pos();
        return pos.startsWith("PROPN") || pos.startsWith("NOUN") || "DET".equals(pos) || "ADJ".equals(pos)
                || "PRON".equals(pos) && !token.text().equalsIgnoreCase("it") || "NUM".equals(pos);
    }

    private static boolean hasProperNoun(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().startsWith("PROPN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNominal(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = tokens.get(i).pos();
            if (pos.startsWith("PROPN") || pos.startsWith("NOUN") || "PRON".equals(pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of a mention that begins inside a name, moved back to the name's first word
     * ("Foundation" in "The Internet Watch Foundation has said" becomes "Internet Watch Foundation").
     * A capitalised word that opens its sentence is not taken.
     */
    private static int widenOverName(String text, int sourceStart) {
        if (sourceStart == 0 || !Character.isUpperCase(text.charAt(sourceStart))) {
            return sourceStart;
        }
        int start = sourceStart;
        while (start >= 2 && text.charAt(start - 1) == ' ') {
            int wordEnd = start - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart)) || opensSentence(text, wordStart)) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    private static boolean opensSentence(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"')) {
            i--;
        }
        return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The start of a mention widened over a name standing in apposition before it, when the mention
     * itself only describes a body ("EUROPOL, the European Union Agency for ...").
     */
    private int withApposition(String text, AnnotatedText annotated, int sourceStart) {
        String mention = text.substring(sourceStart, Math.min(text.length(), sourceStart + 80)).toLowerCase(Locale.ROOT);
        if (!mention.startsWith("the ")) {
            return sourceStart;
        }
        int from = Math.max(0, sourceStart - 60);
        Matcher m = NAME_BEFORE_APPOSITION.matcher(text.substring(from, sourceStart));
        if (!m.find()) {
            return sourceStart;
        }
        int nameStart = from + m.start(1);
        char before = nameStart == 0 ? '\n' : text.charAt(nameStart - 1);
        boolean standsAlone = before == '\n' || nameStart >= 2 && text.charAt(nameStart - 2) == ',';
        SpeakerDescription name = reader.read(m.group(1));
        return standsAlone && name.kind() == MentionKind.ORGANISATION && !isSentenceAdverb(annotated, nameStart)
                ? nameStart : sourceStart;
    }

    /** Whether the word at {@code offset} is an adverb or connective opening the sentence ("Meanwhile, the ..."), no name. */
    private static boolean isSentenceAdverb(AnnotatedText annotated, int offset) {
        List<Sentence> sentences = annotated.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence sentence = sentences.get(mid);
            if (sentence.end() <= offset) {
                low = mid + 1;
            } else if (sentence.start() > offset) {
                high = mid - 1;
            } else {
                List<Token> tokens = sentence.tokens();
                int i = firstTokenEndingAfter(tokens, offset);
                if (i >= tokens.size() || tokens.get(i).start() != offset) {
                    return false;
                }
                String pos = tokens.get(i).pos();
                return "ADV".equals(pos) || "SCONJ".equals(pos) || "CCONJ".equals(pos) || "ADP".equals(pos);
            }
        }
        return false;
    }

    /**
     * The speaker of a quote without cue: the speaker of the direct quote in the same or the previous
     * paragraph; failing that, of the last attributed quote (reported speech included) in the same or
     * the previous paragraph ("Roe said the port was safe. “We checked twice.”").
     */
    private static AttributedQuote continuation(StoryLayout layout, QuoteSpan quote, String cue, AttributedQuote previousDirect,
                                                List<AttributedQuote> earlier) {
        AttributedQuote from = null;
        if (previousDirect != null && previousDirect.entity() != null
                && paragraphsBetween(layout, previousDirect.quote().end(), quote.start()) <= 1) {
            from = previousDirect;
        } else {
            for (int i = earlier.size() - 1; i >= 0 && from == null; i--) {
                AttributedQuote candidate = earlier.get(i);
                if (candidate.entity() != null && candidate.quote().end() <= quote.start()
                        && paragraphsBetween(layout, candidate.quote().end(), quote.start()) <= 1) {
                    from = candidate;
                }
            }
        }
        if (from == null) {
            return new AttributedQuote(quote, "", cue, null);
        }
        from.entity().seen(quote.start());
        return new AttributedQuote(quote, from.mention(), cue, from.entity());
    }

    private static int paragraphsBetween(StoryLayout layout, int from, int to) {
        int count = 0;
        for (Paragraph p : layout.paragraphs()) {
            if (p.start() >= from && p.start() <= to) {
                count++;
            }
        }
        return count;
    }

    /**
     * For "he" or "she": a person the story mentioned after the last mention of {@code resolved}
     * (and before the pronoun) with a compatible gender is the likelier referent.
     */
    private ArticleEntity preferLaterAntecedent(String pronoun, int position, ArticleEntity resolved,
                                                List<AntecedentFinder.Antecedent> antecedents, List<ArticleEntity> entities) {
        SpeakerDescription d = reader.read(pronoun);
        String refs = reader.lexicon().pronounReferents(pronoun.strip());
        if (refs == null || !(refs.equals("m") || refs.equals("f"))) {
            return resolved;
        }
        AntecedentFinder.Antecedent best = null;
        for (AntecedentFinder.Antecedent a : antecedents) {
            if (a.position() >= position) {
                break;
            }
            String g = a.description().gender();
            if (g.isEmpty() || g.equals(d.gender())) {
                best = a;
            }
        }
        if (best == null || resolved != null && best.position() <= resolved.lastSeen()
                || resolved != null && resolved.kind() == MentionKind.PERSON && best.description().kind() == MentionKind.PERSON
                && resolved.surnameKey().equals(Names.surname(best.description().name()).toLowerCase(Locale.ROOT))) {
            return resolved;
        }
        ArticleEntity entity = resolveMention(best.text(), best.position(), entities);
        if (entity != null) {
            entity.seen(position);
        }
        return entity;
    }

    /** Finds or creates the entity behind {@code mention} seen at {@code position}. */
    ArticleEntity resolveMention(String mention, int position, List<ArticleEntity> entities) {
        SpeakerDescription d = reader.read(mention);
        ArticleEntity match = switch (d.kind()) {
            case PERSON -> bySurname(d.name(), entities);
            case ORGANISATION -> byOrganisationOrSurname(d, entities);
            case NOMINAL -> byRole(d, entities);
            case PRONOUN -> byPronoun(mention, d, entities);
        };
        String body = d.kind() == MentionKind.NOMINAL && (match == null || !calledAlike(match, d))
                ? bodyNamedWithItsPeople(d, entities) : "";
        if (!body.isEmpty()) {
            // "Jo Roe, chair of the Northby Harbour Board, said ..." then "the board said": that board,
            // not whichever other body the article named last
            ArticleEntity named = new ArticleEntity(reader.read(body), position);
            named.absorb(d, position);
            entities.add(named);
            return named;
        }
        if (match != null) {
            if (d.kind() != MentionKind.PRONOUN) {
                match.absorb(d, position);
            } else {
                match.seen(position);
            }
            return match;
        }
        if (d.kind() == MentionKind.PRONOUN) {
            return null;
        }
        ArticleEntity created = new ArticleEntity(d, position);
        entities.add(created);
        return created;
    }

    private static ArticleEntity bySurname(String name, List<ArticleEntity> entities) {
        String surname = Names.surname(name).toLowerCase(Locale.ROOT);
        for (ArticleEntity e : entities) {
            if (e.kind() == MentionKind.PERSON && e.surnameKey().equals(surname)
                    && SpeakerRegistry.compatibleGivenNames(e.name(), name)) {
                return e;
            }
        }
        for (ArticleEntity e : entities) {
            // "Roe said" read as a body before the article named "Jane Roe"
            if (e.kind() == MentionKind.ORGANISATION && e.name().equalsIgnoreCase(surname) && !isAcronym(e.name())) {
                return e;
            }
        }
        return null;
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static ArticleEntity byOrganisationOrSurname(SpeakerDescription d, List<ArticleEntity> entities) {
        String lower = d.name().toLowerCase(Locale.ROOT);
        if (!lower.contains(" ")) {
            for (ArticleEntity e : entities) {
                if (e.kind() == MentionKind.PERSON && (e.surnameKey().equals(lower)
                        || e.name().toLowerCase(Locale.ROOT).endsWith(" " + lower))) {
                    return e;
                }
            }
        }
        for (ArticleEntity e : entities) {
            if (e.kind() == MentionKind.ORGANISATION && (e.isCalled(d.name())
                    || d.aliases().stream().anyMatch(e::isCalled) || Acronyms.abbreviates(e.name(), d.name())
                    || Acronyms.abbreviates(d.name(), e.name()))) {
                return e;
            }
        }
        return null;
    }

    private ArticleEntity byRole(SpeakerDescription d, List<ArticleEntity> entities) {
        SpeakerLexicon lexicon = reader.lexicon();
        boolean bodyRole = !d.roles().isEmpty() && d.roles().stream().allMatch(lexicon::isOrganisationRole);
        ArticleEntity best = null;
        ArticleEntity bestCalledAlike = null; // a body the article already called by this noun
        for (ArticleEntity e : entities) {
            boolean fits;
            if (bodyRole) {
                fits = e.kind() == MentionKind.ORGANISATION
                        && (d.organisation().isEmpty() || e.isCalled(d.organisation()) || isPartOfName(d.organisation(), e));
                if (fits && calledAlike(e, d) && (bestCalledAlike == null || e.lastSeen() > bestCalledAlike.lastSeen())) {
                    bestCalledAlike = e;
                }
            } else {
                boolean sameRole = d.roles().stream().anyMatch(r -> e.roles().stream()
                        .anyMatch(er -> Names.neutralRole(er).equals(Names.neutralRole(r))));
                boolean sameOrg = d.organisation().isEmpty() || e.organisation().isEmpty()
                        || d.organisation().equalsIgnoreCase(e.organisation()) || e.isCalled(d.organisation());
                boolean group = d.roles().stream().allMatch(lexicon::isGroupRole);
                fits = sameRole && sameOrg && (group == (e.kind() == MentionKind.NOMINAL && e.roles().stream().allMatch(lexicon::isGroupRole)));
            }
            if (fits && (best == null || e.lastSeen() > best.lastSeen())) {
                best = e;
            }
        }
        return bestCalledAlike != null ? bestCalledAlike : best;
    }

    /**
     * For a body noun with no organisation of its own ("the board"): the organisation a person of
     * the article was tied to whose name ends in that noun ("chair of the Northby Harbour Board"),
     * the most recently seen; empty when there is none.
     */
    private String bodyNamedWithItsPeople(SpeakerDescription d, List<ArticleEntity> entities) {
        SpeakerLexicon lexicon = reader.lexicon();
        if (!d.organisation().isEmpty() || d.roles().isEmpty() || !d.roles().stream().allMatch(lexicon::isOrganisationRole)) {
            return "";
        }
        ArticleEntity best = null;
        for (ArticleEntity e : entities) {
            String organisation = e.organisation();
            String last = organisation.substring(organisation.lastIndexOf(' ') + 1);
            if (e.kind() != MentionKind.ORGANISATION && organisation.contains(" ") && d.roles().stream().anyMatch(last::equalsIgnoreCase)
                    && (best == null || e.lastSeen() > best.lastSeen())) {
                best = e;
            }
        }
        return best == null ? "" : best.organisation();
    }

    /**
     * Whether the article already called the body by the mention's noun ("the agency" after
     * "Europol, the EU's law enforcement agency"): such a nominal keeps naming that body even when
     * another body was mentioned since.
     */
    private static boolean calledAlike(ArticleEntity e, SpeakerDescription d) {
        return d.roles().stream().anyMatch(r -> e.roles().stream().anyMatch(er -> er.equalsIgnoreCase(r)));
    }

    /** "European Union" describing the agency Europol is no reason to match; a word of the name is. */
    private static boolean isPartOfName(String organisation, ArticleEntity e) {
        return e.name().toLowerCase(Locale.ROOT).contains(organisation.toLowerCase(Locale.ROOT));
    }

    private ArticleEntity byPronoun(String mention, SpeakerDescription d, List<ArticleEntity> entities) {
        String refs = reader.lexicon().pronounReferents(mention.strip());
        refs = refs == null ? "" : refs;
        boolean thing = refs.equals("o");
        boolean group = refs.contains("p");
        ArticleEntity best = null;
        for (ArticleEntity e : entities) {
            boolean fits;
            if (thing) {
                fits = e.kind() == MentionKind.ORGANISATION;
            } else if (group) {
                fits = e.kind() == MentionKind.ORGANISATION
                        || e.kind() == MentionKind.NOMINAL && e.roles().stream().anyMatch(reader.lexicon()::isGroupRole);
            } else {
                boolean personLike = e.kind() == MentionKind.PERSON
                        || (e.kind() == MentionKind.NOMINAL && e.roles().stream()
                        .anyMatch(r -> !reader.lexicon().isOrganisationRole(r) && !reader.lexicon().isGroupRole(r)));
                fits = personLike && (d.gender().isEmpty() || e.gender().isEmpty() || d.gender().equals(e.gender()));
            }
            if (fits && (best == null || e.lastSeen() > best.lastSeen())) {
                best = e;
            }
        }
        return best;
    }

    /**
     * For a nominal with a personal role that no named person of the article holds ("the medical
     * director" after "Dr Jo Roe said ..."): the one named person introduced before the nominal
     * whose role the article never gave, when there is exactly one, else null. A nominal tied to an organisation
     * ("a spokeswoman for the council") speaks for that body and stays its own speaker.
     */
    private ArticleEntity soleUndescribedPerson(ArticleEntity nominal, List<ArticleEntity> entities) {
        if (!nominal.organisation().isEmpty()) {
            return null;
        }
        ArticleEntity only = null;
        for (ArticleEntity person : entities) {
            if (person.kind() != MentionKind.PERSON || person.firstSeen() > nominal.firstSeen()) {
                continue;
            }
            boolean described = person.roles().stream()
                    .anyMatch(r -> !reader.lexicon().isOrganisationRole(r) && !reader.lexicon().isGroupRole(r));
            if (!described) {
                if (only != null) {
                    return null;
                }
                only = person;
            }
        }
        return only;
    }

    /**
     * For a nominal with a personal role that no quoted person holds ("the chair said ..."): the one
     * person the story's narrative named with that role before the nominal ("Chair Jo Roe told the
     * paper ..." or "Jo Roe, chair of the Northby Harbour Board, ..." in a sentence that is no quote
     * of hers), as an entity of the article; null when the narrative named no such person or two.
     */
    private ArticleEntity holderNamedInTheNarrative(ArticleEntity nominal, List<AntecedentFinder.Antecedent> antecedents,
                                                    List<ArticleEntity> entities) {
        AntecedentFinder.Antecedent holder = null;
        for (AntecedentFinder.Antecedent a : antecedents) {
            if (a.position() >= nominal.firstSeen()) {
                break;
            }
            SpeakerDescription d = a.description();
            boolean sameRole = d.kind() == MentionKind.PERSON && nominal.roles().stream().anyMatch(r -> d.roles().stream()
                    .anyMatch(pr -> Names.neutralRole(pr).equals(Names.neutralRole(r))));
            // "a Northby Water spokeswoman" speaks for Northby Water: only a holder named as its own is her
            boolean sameOrg = nominal.organisation().isEmpty() || nominal.organisation().equalsIgnoreCase(d.organisation());
            if (!sameRole || !sameOrg) {
                continue;
            }
            if (holder != null && !Names.surname(holder.description().name()).equalsIgnoreCase(Names.surname(d.name()))) {
                return null; // two people hold the role: the nominal does not say which
            }
            holder = a;
        }
        if (holder == null) {
            return null;
        }
        ArticleEntity known = bySurname(holder.description().name(), entities);
        if (known != null && known.kind() == MentionKind.PERSON) {
            known.absorb(holder.description(), holder.position());
            return known;
        }
        ArticleEntity named = new ArticleEntity(holder.description(), holder.position());
        entities.add(named);
        return named;
    }

    /**
     * Merges each entity known only by a personal role into the single named person of the article
     * who holds that role with a compatible organisation, and rewrites the quotes accordingly.
     */
    private List<AttributedQuote> consolidate(List<AttributedQuote> quotes, List<ArticleEntity> entities,
                                              List<AntecedentFinder.Antecedent> antecedents) {
        Map<ArticleEntity, ArticleEntity> replace = new IdentityHashMap<>();
        for (ArticleEntity nominal : List.copyOf(entities)) {
            if (nominal.kind() != MentionKind.NOMINAL || nominal.roles().isEmpty()
                    || nominal.roles().stream().allMatch(r -> reader.lexicon().isOrganisationRole(r) || reader.lexicon().isGroupRole(r))) {
                continue;
            }
            ArticleEntity only = null;
            int count = 0;
            for (ArticleEntity person : entities) {
                if (person.kind() != MentionKind.PERSON) {
                    continue;
                }
                boolean sameRole = nominal.roles().stream().anyMatch(r -> person.roles().stream()
                        .anyMatch(pr -> Names.neutralRole(pr).equals(Names.neutralRole(r))));
                boolean sameOrg = nominal.organisation().isEmpty() || person.organisation().isEmpty()
                        || nominal.organisation().equalsIgnoreCase(person.organisation());
                if (sameRole && sameOrg) {
                    only = person;
                    count++;
                }
            }
            if (count == 0) {
                only = holderNamedInTheNarrative(nominal, antecedents, entities);
                if (only == null) {
                    only = soleUndescribedPerson(nominal, entities);
                }
                count = only == null ? 0 : 1;
            }
            if (count == 1) {
                only.absorb(nominal);
                replace.put(nominal, only);
            }
        }
        if (replace.isEmpty()) {
            return quotes;
        }
        List<AttributedQuote> out = new ArrayList<>(quotes.size());
        for (AttributedQuote q : quotes) {
            ArticleEntity target = q.entity() == null ? null : replace.get(q.entity());
            out.add(target == null ? q : new AttributedQuote(q.quote(), q.mention(), q.cue(), target));
        }
        return out;
    }
}
