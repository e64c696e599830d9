package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.quotes.ExtractedQuotes;
import org.quotetrace.quotes.QuoteKind;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Attributes the quotes of one article to entities of that article. Named mentions create or
 * extend entities (matched by surname or organisation name); nominals ("the spokesman") and titles
 * ("Europol's executive director") resolve to the most recent entity with that role; pronouns to the
 * most recent entity of a compatible gender or kind; quotes without a cue continue the speaker of
 * the quote before them, or take the byline printed under a block quote.
 */
public final class ArticleSpeakerResolver {

    private final MentionReader reader;

    public ArticleSpeakerResolver(MentionReader reader) {
        this.reader = reader;
    }

    /** Resolves every quote of {@code extracted} inside {@code text}. */
    public List<AttributedQuote> resolve(String text, ExtractedQuotes extracted) {
        List<ArticleEntity> entities = new ArrayList<>();
        List<AttributedQuote> out = new ArrayList<>();
        AttributedQuote previousDirect = null;
        for (QuoteSpan quote : extracted.quotes()) {
            AttributedQuote attributed;
            String cue = quote.cue() == null ? "" : quote.cue().text();
            if (quote.hasSource()) {
                String mention = text.substring(quote.sourceStart(), quote.sourceEnd());
                ArticleEntity entity = resolveMention(mention, quote.sourceStart(), entities);
                attributed = new AttributedQuote(quote, mention, cue, entity);
            } else {
                attributed = resolveWithoutSource(text, extracted.layout(), quote, cue, previousDirect, entities);
            }
            out.add(attributed);
            if (quote.kind() == QuoteKind.DIRECT) {
                previousDirect = attributed;
            }
        }
        return out;
    }

    private AttributedQuote resolveWithoutSource(String text, StoryLayout layout, QuoteSpan quote, String cue,
                                                 AttributedQuote previousDirect, List<ArticleEntity> entities) {
        String byline = bylineAfter(text, layout, quote);
        if (byline != null) {
            int at = text.indexOf(byline, quote.end());
            return new AttributedQuote(quote, byline, cue, resolveMention(byline, at, entities));
        }
        if (previousDirect != null && previousDirect.entity() != null
                && paragraphsBetween(layout, previousDirect.quote().end(), quote.start()) <= 1) {
            previousDirect.entity().seen(quote.start());
            return new AttributedQuote(quote, previousDirect.mention(), cue, previousDirect.entity());
        }
        return new AttributedQuote(quote, "", cue, null);
    }

    /** A short line right after the quote's paragraph that names a person: the byline of a block quote. */
    private String bylineAfter(String text, StoryLayout layout, QuoteSpan quote) {
        List<Paragraph> paragraphs = layout.paragraphs();
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            Paragraph p = paragraphs.get(i);
            if (quote.end() <= p.end() && quote.end() >= p.end() - 2) {
                Paragraph next = paragraphs.get(i + 1);
                String line = text.substring(next.start(), next.end());
                String[] words = line.split("\\s+");
                if (words.length >= 2 && words.length <= 5 && !line.matches(".*[.!?:;,\"“”]$")
                        && reader.read(line).kind() == MentionKind.PERSON) {
                    return line;
                }
                return null;
            }
        }
        return null;
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

    /** Finds or creates the entity behind {@code mention} seen at {@code position}. */
    ArticleEntity resolveMention(String mention, int position, List<ArticleEntity> entities) {
        SpeakerDescription d = reader.read(mention);
        ArticleEntity match = switch (d.kind()) {
            case PERSON -> bySurname(d.name(), entities);
            case ORGANISATION -> byOrganisationOrSurname(d.name(), entities);
            case NOMINAL -> byRole(d, entities);
            case PRONOUN -> byPronoun(mention, d, entities);
        };
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
            if (e.kind() == MentionKind.PERSON && e.surnameKey().equals(surname)) {
                return e;
            }
        }
        return null;
    }

    private static ArticleEntity byOrganisationOrSurname(String name, List<ArticleEntity> entities) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ArticleEntity e : entities) {
            if (e.kind() == MentionKind.PERSON && (e.surnameKey().equals(lower) || e.name().toLowerCase(Locale.ROOT).endsWith(" " + lower))) {
                return e;
            }
        }
        for (ArticleEntity e : entities) {
            if (e.kind() == MentionKind.ORGANISATION && e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    private static ArticleEntity byRole(SpeakerDescription d, List<ArticleEntity> entities) {
        boolean bodyRole = d.roles().stream().allMatch(r -> r.equals("agency") || r.equals("organisation")
                || r.equals("organization") || r.equals("statement") || r.equals("press release") || r.equals("ministry")
                || r.equals("department"));
        ArticleEntity best = null;
        for (ArticleEntity e : entities) {
            boolean sameRole = d.roles().stream().anyMatch(r -> e.roles().stream()
                    .anyMatch(er -> Names.neutralRole(er).equals(Names.neutralRole(r))));
            boolean sameOrg = d.organisation().isEmpty() || d.organisation().equalsIgnoreCase(e.organisation())
                    || d.organisation().equalsIgnoreCase(e.name());
            boolean fits = bodyRole ? e.kind() == MentionKind.ORGANISATION : sameRole && sameOrg;
            if (fits && (best == null || e.lastSeen() > best.lastSeen())) {
                best = e;
            }
        }
        return best;
    }

    private static ArticleEntity byPronoun(String mention, SpeakerDescription d, List<ArticleEntity> entities) {
        String lower = mention.strip().toLowerCase(Locale.ROOT);
        boolean thing = lower.equals("it");
        boolean group = lower.equals("they") || lower.equals("we");
        ArticleEntity best = null;
        for (ArticleEntity e : entities) {
            boolean fits;
            if (thing) {
                fits = e.kind() == MentionKind.ORGANISATION;
            } else if (group) {
                fits = e.kind() == MentionKind.ORGANISATION || e.kind() == MentionKind.NOMINAL;
            } else {
                boolean personLike = e.kind() == MentionKind.PERSON
                        || (e.kind() == MentionKind.NOMINAL && !e.roles().isEmpty());
                fits = personLike && (d.gender().isEmpty() || e.gender().isEmpty() || d.gender().equals(e.gender()));
            }
            if (fits && (best == null || e.lastSeen() > best.lastSeen())) {
                best = e;
            }
        }
        return best;
    }
}
