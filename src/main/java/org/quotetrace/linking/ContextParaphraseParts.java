package org.quotetrace.linking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A grouping rule for when the linker knows who is credited with each quote: a reported clause of
 * one outlet that, read with the sentence before it in its paragraph ({@link ContextParaphrase}),
 * retells a quote of the same voice in another article becomes a part of that quote's group. Outlets
 * split a statement over a lead of their own and a credited clause ("A raid on a gang that sold fake
 * pills led to nine arrests. The police said the pills were made entirely in a garage."), so the
 * clause alone shares too few words with it. The lead must be the outlet's own text (no quote, no
 * source named: a quote before the clause is a statement of its own). A statement qualifies when the
 * lead carries at least {@value #CONTEXT_LEAD_COVERAGE} of its rarity-weighted content (the lead is
 * about it), lead and clause together at least {@value #CONTEXT_COVERAGE} and more than the lead
 * alone, and the clause shares at least {@value #MIN_CONTEXT_CLAUSE_WORDS} content words with it; of
 * those the one that carries most of the clause is taken (all are about the lead; the clause is what
 * the source is credited with).
 *
 * <p>Only for a group of reported speech that one outlet (or copies of it) carries and that no
 * other group is a part of. When the clause alone made it a part of a statement
 * ({@link StatementParts}, {@link SpeakerParaphrases}) that the lead is not about, the statement the
 * lead is about replaces it only when it fits better both ways: the share of the clause it carries
 * plus the share of it that clause and lead carry. A choice that carries the other (through parts)
 * is no change.
 */
final class ContextParaphraseParts extends GroupingRule {

    /** A reported clause read with its lead retells a statement they carry this share of. */
    static final double CONTEXT_COVERAGE = 0.5;
    /** ... of which the lead alone carries at least this share. */
    static final double CONTEXT_LEAD_COVERAGE = 0.2;
    /** ... and the clause shares at least this many content words with the statement. */
    static final int MIN_CONTEXT_CLAUSE_WORDS = 2;

    private final ReportedParaphrase paraphrase;

    private ContextParaphraseParts(GroupingContext context, ReportedParaphrase paraphrase) {
        super(context);
        this.paraphrase = paraphrase;
    }

    /** Links reported clauses read with their lead to the quotes they retell; nothing when speakers or {@code paraphrase} are unknown. */
    static void find(GroupingContext context, ReportedParaphrase paraphrase) {
        if (!context.voices().known() || paraphrase == null) {
            return;
        }
        new ContextParaphraseParts(context, paraphrase).findContextParaphrases();
    }

    private void findContextParaphrases() {
        ContextParaphrase context = new ContextParaphrase(graph.passages(), paraphrase);
        Set<Integer> usedAsParent = links.parentGroups();
        usedAsParent.addAll(links.alsoCarriedGroups());
        for (int g = 0; g < versions.size(); g++) {
            if (!versions.onlyReportedSpeech(g) || copies.families(g) >= 2 || usedAsParent.contains(g)
                    || voices.speakersOf(g).isEmpty()) {
                continue;
            }
            ContextMatch best = bestContextMatch(g, context);
            if (best == null) {
                continue;
            }
            if (links.hasParents(g)) {
                List<Integer> current = links.parentsOf(g);
                Passage parent = versions.representative(current.get(0));
                if (current.size() > 1 || links.reaches(best.group, current.get(0)) || links.reaches(current.get(0), best.group)
                        || paraphrase.coverage(parent, best.lead) >= CONTEXT_LEAD_COVERAGE
                        || paraphrase.coverage(best.clause, parent) + context.statementCarried(parent, best.clause)
                        >= best.clauseShare + best.carried) {
                    continue;
                }
            }
            links.setParents(g, List.of(best.group));
        }
    }

    /**
     * A statement group that a clause of group g, read with its lead, retells: the best shares over
     * the pairs of a clause and a passage of the group, and the clause and lead of the pair that
     * carries most of the clause.
     */
    private static final class ContextMatch {
        final int group;
        double clauseShare;
        double carried;
        double leadShare;
        Passage clause;
        Passage lead;

        ContextMatch(int group) {
            this.group = group;
        }

        boolean qualifies() {
            return leadShare >= CONTEXT_LEAD_COVERAGE && carried >= CONTEXT_COVERAGE;
        }

        boolean betterThan(ContextMatch other) {
            return other == null || clauseShare > other.clauseShare
                    || clauseShare == other.clauseShare && carried > other.carried;
        }
    }

    /** The statement group that best qualifies, or null. */
    private ContextMatch bestContextMatch(int g, ContextParaphrase context) {
        Set<String> speakers = voices.speakersOf(g);
        Map<Integer, ContextMatch> matches = new TreeMap<>();
        for (int member : versions.members(g)) {
            Passage p = graph.passages().get(member);
            Passage lead = context.context(p);
            if (lead == null || lead.isQuote() || lead.attributed()) {
                continue;
            }
            Passage read = context.withContext(p); // the clause with its lead, made once for every candidate
            Set<Integer> candidates = new TreeSet<>(graph.neighbours(member));
            candidates.addAll(graph.neighbours(lead.id()));
            for (int other : candidates) {
                Passage q = graph.passages().get(other);
                int h = versions.groupOf(other);
                if (h == g || !q.isQuote() || copies.copies(q.articleId(), p.articleId())
                        || q.contentWords().size() < VersionGroups.MIN_SAME_CONTENT
                        || !voices.sameVoice(speakers, voices.speakerOf(q))
                        || links.partOf(h, g) || links.reaches(h, g)
                        || paraphrase.matchedWords(p, q) < MIN_CONTEXT_CLAUSE_WORDS
                        || graph.compare(member, other).namesDiffer()
                        || ProperNames.conflict(versions.names(g), versions.names(h))) {
                    continue;
                }
                double leadShare = paraphrase.coverage(q, lead);
                double carried = paraphrase.coverage(q, read);
                if (carried <= leadShare) {
                    continue; // the clause adds nothing of it
                }
                double clauseShare = paraphrase.coverage(p, q);
                ContextMatch match = matches.computeIfAbsent(h, ContextMatch::new);
                if (match.clause == null || clauseShare > match.clauseShare) {
                    match.clause = p;
                    match.lead = lead;
                }
                match.clauseShare = Math.max(match.clauseShare, clauseShare);
                match.carried = Math.max(match.carried, carried);
                match.leadShare = Math.max(match.leadShare, leadShare);
            }
        }
        ContextMatch best = null;
        for (ContextMatch match : matches.values()) {
            if (match.qualifies() && match.betterThan(best)) {
                best = match;
            }
        }
        return best;
    }
}
