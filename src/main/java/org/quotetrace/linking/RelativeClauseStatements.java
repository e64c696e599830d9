package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A grouping rule: a quote that folds a second statement into a relative clause ("the inquiry, which
 * was opened in May and remains open, found ...", where a source says "the inquiry is still open")
 * carries that statement too. A predicate of the clause ({@link RelativeClauses}) read with its
 * antecedent qualifies a group the passage's own statements do not reach when: that group carries at
 * least half of the predicate's words that the passage's own statements leave uncarried (at least
 * one), and at least {@value #RELATIVE_CLAUSE_COVERAGE} of the predicate with its antecedent (weighted
 * by rarity), no fewer than two words and among them a word of the antecedent (the clause is about
 * the same thing); it states every figure of the predicate, about the same thing
 * ({@link Figures#shared}: "who waited seven months" retells no statement of five months, nor of ten
 * checks); it is quoted somewhere and carried by two independent articles; its quotes, if credited,
 * are of the passage's voice. Of the groups that qualify, the one that carries most of the predicate
 * with its antecedent is taken. Only the passage, not other versions of its sentence, carries it
 * ({@link GroupLinks#alsoCarriedByPassage}).
 */
final class RelativeClauseStatements extends GroupingRule {

    /** A relative clause's predicate read with its antecedent carries a statement that holds this share of it. */
    static final double RELATIVE_CLAUSE_COVERAGE = 0.5;

    /** Stands among a root's articles ({@link #articlesOfRoots}) when some passage that carries it is a quote. */
    private static final String QUOTED_MARK = "\u0000quoted";

    private static final Figures FIGURES = Figures.standard();

    private RelativeClauseStatements(GroupingContext context) {
        super(context);
    }

    /** Links every quote passage to the statements its relative clauses retell. */
    static void find(GroupingContext context) {
        new RelativeClauseStatements(context).findRelativeClauseStatements();
    }

    private void findRelativeClauseStatements() {
        Map<Integer, Set<String>> articlesOfRoot = null;
        for (Passage p : graph.passages()) {
            if (!p.isQuote()) {
                continue;
            }
            List<RelativeClauses.Predicate> predicates = RelativeClauses.of(p);
            if (predicates.isEmpty()) {
                continue;
            }
            if (articlesOfRoot == null) {
                articlesOfRoot = articlesOfRoots();
            }
            Set<Integer> ownRoots = links.rootsOf(versions.groupOf(p.id()));
            BitSet carried = new BitSet();
            for (int other : graph.neighbours(p.id())) {
                if (!Collections.disjoint(links.rootsOf(versions.groupOf(other)), ownRoots)) {
                    carried.or(graph.compare(p.id(), other).coveredA());
                }
            }
            String speaker = voices.known() ? voices.speakerOf(p) : "";
            Set<Integer> found = new TreeSet<>();
            for (RelativeClauses.Predicate predicate : predicates) {
                BitSet fresh = (BitSet) predicate.own().clone();
                fresh.andNot(carried);
                if (fresh.isEmpty()) {
                    continue;
                }
                BitSet clause = predicate.withAntecedent();
                List<Figures.Figure> figures = predicateFigures(p, predicate.own());
                double clauseWeight = p.weightedShare(clause, graph::rarity);
                int best = -1;
                double bestShare = 0;
                for (int other : graph.neighbours(p.id())) {
                    int h = versions.groupOf(other);
                    Set<Integer> rootsOfH = links.rootsOf(h);
                    if (!Collections.disjoint(rootsOfH, ownRoots) || !speaker.isEmpty() && voices.otherVoices(h, Set.of(speaker))
                            || !reproducedRoots(rootsOfH, articlesOfRoot)) {
                        continue;
                    }
                    Comparison c = graph.compare(p.id(), other);
                    if (c.namesDiffer()) {
                        continue;
                    }
                    BitSet freshHeld = (BitSet) fresh.clone();
                    freshHeld.and(c.coveredA());
                    BitSet clauseHeld = (BitSet) clause.clone();
                    clauseHeld.and(c.coveredA());
                    double share = clauseWeight == 0 ? 0 : p.weightedShare(clauseHeld, graph::rarity) / clauseWeight;
                    Passage candidate = graph.passages().get(other);
                    if (2 * freshHeld.cardinality() >= fresh.cardinality() && freshHeld.cardinality() >= 1
                            && clauseHeld.intersects(predicate.antecedent())
                            && (figures.isEmpty() || FIGURES.shared(p, figures, candidate, FIGURES.of(candidate)) == figures.size())
                            && clauseHeld.cardinality() >= 2 && share >= RELATIVE_CLAUSE_COVERAGE
                            && (share > bestShare || share == bestShare && h < best)) {
                        best = h;
                        bestShare = share;
                    }
                }
                if (best >= 0) {
                    found.add(best);
                }
            }
            if (!found.isEmpty()) {
                links.setAlsoCarriedByPassage(p.id(), List.copyOf(found));
            }
        }
    }

    /** The figures ({@link Figures}) of p whose words lie among the content words {@code words} (positions among them). */
    private static List<Figures.Figure> predicateFigures(Passage p, BitSet words) {
        List<Figures.Figure> out = new ArrayList<>();
        List<Word> all = p.words();
        for (Figures.Figure figure : FIGURES.of(p)) {
            int content = 0;
            boolean inside = false;
            for (int i = 0; i <= figure.last() && i < all.size(); i++) {
                if (all.get(i).content()) {
                    inside |= i >= figure.first() && words.get(content);
                    content++;
                }
            }
            if (inside) {
                out.add(figure);
            }
        }
        return out;
    }

    /** For each root group, the articles whose passages carry it through parts (and {@link #QUOTED_MARK} when quoted). */
    private Map<Integer, Set<String>> articlesOfRoots() {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int g = 0; g < versions.size(); g++) {
            boolean quotedHere = versions.quoted(g);
            for (int root : links.rootsOf(g)) {
                Set<String> articles = out.computeIfAbsent(root, k -> new HashSet<>());
                for (int p : versions.members(g)) {
                    articles.add(graph.passages().get(p).articleId());
                }
                if (quotedHere) {
                    articles.add(QUOTED_MARK);
                }
            }
        }
        return out;
    }

    /**
     * Whether each of {@code roots} is quoted somewhere and carried by two articles that are not copies
     * of one another: a statement on its own, not one the passage alone would make.
     */
    private boolean reproducedRoots(Set<Integer> roots, Map<Integer, Set<String>> articlesOfRoot) {
        for (int root : roots) {
            Set<String> carriers = articlesOfRoot.getOrDefault(root, Set.of());
            if (!carriers.contains(QUOTED_MARK)) {
                return false;
            }
            List<String> articles = new ArrayList<>(carriers);
            articles.remove(QUOTED_MARK);
            boolean independent = false;
            for (int i = 0; i < articles.size() && !independent; i++) {
                for (int k = i + 1; k < articles.size() && !independent; k++) {
                    independent = !copies.copies(articles.get(i), articles.get(k));
                }
            }
            if (!independent) {
                return false;
            }
        }
        return true;
    }
}
