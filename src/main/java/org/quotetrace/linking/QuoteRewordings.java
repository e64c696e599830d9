package org.quotetrace.linking;

import java.util.List;
import java.util.Set;

/**
 * A grouping rule: a quote group that rewords a sentence reproduced in several articles is a part of
 * it even when the rewording is the longer one (and so was settled first by {@link StatementParts}):
 * it takes a reproduced root group that carries at least
 * {@value StatementParts#QUOTE_PART_COVERAGE} of its content. Only for a quote group that
 * independent outlets do not carry themselves and that nothing is a part of.
 */
final class QuoteRewordings extends GroupingRule {

    private QuoteRewordings(GroupingContext context) {
        super(context);
    }

    /** Links every quote group that rewords a reproduced sentence to it. */
    static void find(GroupingContext context) {
        new QuoteRewordings(context).findRewordings();
    }

    private void findRewordings() {
        Set<Integer> usedAsParent = links.parentGroups();
        for (int g = 0; g < versions.size(); g++) {
            if (links.hasParents(g) || copies.families(g) >= 2 || usedAsParent.contains(g)
                    || versions.members(g).stream().noneMatch(p -> graph.passages().get(p).isQuote())) {
                continue;
            }
            Passage rep = versions.representative(g);
            int bestGroup = -1;
            double best = 0;
            for (int member : versions.members(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = versions.groupOf(other);
                    if (h <= g || links.hasParents(h) || copies.families(h) < 2) {
                        continue;
                    }
                    Comparison c = graph.compare(rep.id(), other);
                    if (!c.namesDiffer() && !ProperNames.conflict(versions.names(g), versions.names(h))
                            && c.coverageOfA() >= StatementParts.QUOTE_PART_COVERAGE && c.coverageOfA() > best) {
                        best = c.coverageOfA();
                        bestGroup = h;
                    }
                }
            }
            if (bestGroup >= 0) {
                links.setParents(g, List.of(bestGroup));
            }
        }
    }
}
