package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first grouping rule: finds the groups that are parts of larger statements. A group whose
 * longest passage is mostly carried by larger groups (an excerpt, a paraphrase, a sentence that
 * combines two statements) is a part of them; it carries their statements instead of being one.
 * Larger groups are settled first ({@link VersionGroups} numbers them so), so parts resolve in one
 * pass.
 *
 * <ul>
 * <li>An excerpt that several statements carry equally goes to one the same speaker is credited
 * with, then to the wording more independent outlets carry.</li>
 * <li>A sentence that combines statements takes a further one only for words the others do not carry
 * and that are not just the story's common words ({@value #FURTHER_PART_SHARE} of its content,
 * counted and weighted by rarity; an acronym the sentence defines and its spelled-out words count as
 * one word, carried once any of them is: "child abuse material (CSAM) is still CSAM").</li>
 * <li>A direct quote credited to one speaker is a part of a statement that only other, unrelated
 * speakers are credited with only when it copies words from it ({@link #copied}): the quotation marks
 * say the words are the speaker's own, and shared vocabulary is no evidence they are someone else's.
 * Likewise reported speech credited to one speaker is no part of one outlet's reported speech (a group
 * of reported speech only, in one article or copies of it) credited only to other, unrelated speakers
 * unless it copies words from it: two outlets that each retell in their own words what a different
 * source said report two claims, however many words the claims share.</li>
 * <li>A quote does not become a part of an outlet's own unquoted retelling of a quoted statement that
 * also carries the quote ({@link #dropRetelling}).</li>
 * </ul>
 */
final class StatementParts extends GroupingRule {

    /** A quote is a part of a statement when the statement carries this share of its content. */
    static final double QUOTE_PART_COVERAGE = 0.5;
    /** A sentence reproduced in several articles is a part of another only when that one carries this much of it. */
    static final double CONTAINED_COVERAGE = 0.72;
    /** A free passage is a part of statements that together carry this share of its content. */
    static final double FREE_PART_COVERAGE = 0.6;
    /** ... and shares a run of at least this many words with one of them. */
    static final int FREE_PART_RUN = 6;
    /**
     * A sentence that combines statements takes a further one only when that one carries words the
     * others do not, at least this share of its content both counted in words (an acronym's
     * spelled-out words count once) and weighted by rarity (the story's own words, which every
     * statement repeats, weigh little).
     */
    static final double FURTHER_PART_SHARE = 0.25;

    private StatementParts(GroupingContext context) {
        super(context);
    }

    /** Links every group that is a part of larger statements to them. */
    static void find(GroupingContext context) {
        new StatementParts(context).findParts();
    }

    /** A candidate parent of a group: the parent group, how much of the part it carries, which words. */
    private record Cover(int group, double coverage, BitSet covered, int run, boolean excerpt, Comparison comparison) {
    }

    /**
     * Whether a comparison shows words copied from b: a shared run of {@value VersionGroups#FREE_RUN}
     * words, an exact excerpt, or {@value #CONTAINED_COVERAGE} of a's content.
     */
    private static boolean copied(Comparison c) {
        return c.longestRun() >= VersionGroups.FREE_RUN || c.aInsideB() || c.coverageOfA() >= CONTAINED_COVERAGE;
    }

    /**
     * Drops a quote's best candidate parent when it is an outlet's own retelling of another candidate:
     * a group of unquoted text that a quoted candidate carries as a part ({@value #QUOTE_PART_COVERAGE}
     * of its content), when that candidate carries the quote as a part too. What the quote and the
     * retelling share is what the quoted statement says; the retelling credits nobody.
     */
    private void dropRetelling(List<Cover> candidates) {
        Cover top = candidates.stream().max(Comparator.comparingDouble(Cover::coverage)).orElse(null);
        if (top == null || versions.quoted(top.group)) {
            return;
        }
        boolean retold = candidates.stream().anyMatch(q -> q.coverage >= QUOTE_PART_COVERAGE && versions.quoted(q.group)
                && graph.compare(versions.representative(top.group).id(), versions.representative(q.group).id()).coverageOfA()
                >= QUOTE_PART_COVERAGE);
        if (retold) {
            candidates.remove(top);
        }
    }

    private void findParts() {
        Set<Integer> frozen = new HashSet<>();
        for (int g = 0; g < versions.size(); g++) {
            if (frozen.contains(g)) {
                // already the parent of a larger free passage that combines it with others: a whole sentence
                continue;
            }
            Passage rep = versions.representative(g);
            if (rep.contentWords().isEmpty()) {
                continue;
            }
            boolean hasQuote = versions.members(g).stream().anyMatch(p -> graph.passages().get(p).isQuote());
            Set<String> quotedSpeakers = voices.directSpeakers(g);
            Set<String> reportedSpeakers = voices.reportedSpeakers(g);
            Map<Integer, Cover> best = new HashMap<>();
            for (int member : versions.members(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = versions.groupOf(other);
                    // larger groups are settled first; a free passage may also combine smaller sentences
                    if (h == g || h > g && (hasQuote || links.hasParents(h))) {
                        continue;
                    }
                    if (versions.onlyAttributedFreeText(h)) {
                        // reported speech the quote stage missed rewords a statement; it is none itself
                        continue;
                    }
                    Comparison c = graph.compare(rep.id(), other);
                    if (c.namesDiffer() || ProperNames.conflict(versions.names(g), versions.names(h))) {
                        continue;
                    }
                    if (!quotedSpeakers.isEmpty() && !copied(c) && voices.otherVoices(h, quotedSpeakers)) {
                        // a speaker's own words in quotation marks that only resemble another speaker's statement
                        continue;
                    }
                    if (!reportedSpeakers.isEmpty() && !copied(c) && copies.families(h) < 2 && versions.onlyReportedSpeech(h)
                            && voices.otherVoices(h, reportedSpeakers)) {
                        // one outlet's report, in its own words, of what someone else said: no evidence of the same claim
                        continue;
                    }
                    Cover cover = new Cover(h, c.coverageOfA(), c.coveredA(), c.longestRun(), c.aInsideB(), c);
                    Cover old = best.get(h);
                    if (old == null || cover.coverage > old.coverage) {
                        best.put(h, cover);
                    }
                }
            }
            List<Cover> candidates = new ArrayList<>(best.values());
            if (hasQuote) {
                dropRetelling(candidates);
            }
            // equal cover (an excerpt that fits several statements): a statement of the same speaker, then
            // the wording more independent outlets carry, and one that is not reported speech
            final int part = g;
            candidates.sort(Comparator.comparingDouble((Cover c) -> -c.coverage)
                    .thenComparing(c -> !voices.sameSpeaker(part, c.group))
                    .thenComparingInt(c -> -copies.families(c.group))
                    .thenComparing(c -> versions.onlyReportedSpeech(c.group))
                    .thenComparingInt(c -> c.group));
            List<Cover> chosen = new ArrayList<>();
            BitSet union = new BitSet();
            int content = rep.contentWords().size();
            List<BitSet> ownAcronyms = candidates.size() < 2 ? List.of() : AcronymMatch.ownAcronyms(rep.text(), rep.words());
            for (Cover cover : candidates) {
                BitSet fresh = (BitSet) cover.covered.clone();
                fresh.andNot(union);
                for (BitSet concept : ownAcronyms) {
                    if (concept.intersects(union)) {
                        // an acronym the passage defines and its spelled-out words name one thing, already carried
                        fresh.andNot(concept);
                    }
                }
                // the words an acronym spells out count once: "CSAM" alone is no second statement
                if (chosen.isEmpty() || cover.comparison.distinctWords(fresh) >= Math.max(2, Math.ceil(FURTHER_PART_SHARE * content))
                        && rep.weightedShare(fresh, graph::rarity) >= FURTHER_PART_SHARE) {
                    chosen.add(cover);
                    union.or(cover.covered);
                }
            }
            if (chosen.isEmpty()) {
                continue;
            }
            double unionCoverage = (double) union.cardinality() / content;
            Cover first = chosen.get(0);
            boolean accepted;
            if (copies.families(g) >= 2 && copies.families(first.group) <= copies.families(g)) {
                // a sentence independent outlets carry whole is a statement of its own unless a larger one
                // contains it or more outlets carry the wording it rewords
                accepted = first.excerpt && union.cardinality() >= 2 || first.coverage >= CONTAINED_COVERAGE;
                chosen = List.of(first);
            } else if (hasQuote) {
                accepted = first.excerpt && union.cardinality() >= 2
                        || first.coverage >= QUOTE_PART_COVERAGE && union.cardinality() >= 2
                        || unionCoverage >= FREE_PART_COVERAGE && first.coverage >= 0.35 && union.cardinality() >= 3;
            } else {
                int run = chosen.stream().mapToInt(Cover::run).max().orElse(0);
                accepted = run >= FREE_PART_RUN && unionCoverage >= FREE_PART_COVERAGE;
            }
            if (!accepted) {
                continue;
            }
            final int self = g;
            if (chosen.size() < 2 && chosen.stream().anyMatch(c -> c.group > self)) {
                // a smaller sentence is a parent only of a passage that combines it with another
                continue;
            }
            chosen = new ArrayList<>(chosen);
            chosen.sort(Comparator.comparingInt(c -> c.covered.nextSetBit(0)));
            links.setParents(g, chosen.stream().map(Cover::group).toList());
            for (Cover cover : chosen) {
                if (cover.group > g) {
                    frozen.add(cover.group);
                }
            }
        }
    }
}
