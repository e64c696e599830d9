package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A grouping rule: a bullet list of figures with its lead-in line (a press release's results) is one
 * statement, and outlets retell it in sentences of their own that keep little but the figures
 * ("twenty-five people were arrested" for "25 suspects arrested"). A group with a quote passage that
 * states at least one figure of the list, and at least half of its own figures, about the same things
 * ({@link Figures#shared}), carries the list. The list becomes its parent when the group has none and
 * the list carries at least {@value #FIGURE_PART_COVERAGE} of its content (a sentence that only
 * retells the results) or the group is a one-off (one outlet's sentence that no other group is a part
 * of); otherwise the group carries the list on top of its own statement
 * ({@link GroupLinks#alsoCarries}: a sentence that independent outlets carry and that also says
 * something else). Lists are found through an index of their figure values, so a passage looks only
 * at lists that state one of its numbers.
 */
final class RetoldFigures extends GroupingRule {

    /** A list is a statement of figures when it states at least this many. */
    static final int MIN_LIST_FIGURES = 2;
    /** A retelling of a list's figures is a part of the list when the list carries this share of its content. */
    static final double FIGURE_PART_COVERAGE = 0.6;
    /** Lists looked up per figure value (bounds the cost of a common number in a large corpus). */
    static final int MAX_LISTS_PER_FIGURE = 40;

    private static final Figures FIGURES = Figures.standard();

    private RetoldFigures(GroupingContext context) {
        super(context);
    }

    /** Links every group that retells a list's figures to the list. */
    static void find(GroupingContext context) {
        new RetoldFigures(context).findRetoldFigures();
    }

    private void findRetoldFigures() {
        Map<Long, List<Integer>> listsByFigure = new HashMap<>();
        Map<Integer, List<Figures.Figure>> listFigures = new HashMap<>();
        for (Passage p : graph.passages()) {
            if (!PassageBuilder.isList(p) || links.hasParents(versions.groupOf(p.id()))) {
                continue;
            }
            List<Figures.Figure> figures = FIGURES.of(p);
            if (figures.size() < MIN_LIST_FIGURES) {
                continue;
            }
            listFigures.put(p.id(), figures);
            for (Figures.Figure f : figures) {
                List<Integer> lists = listsByFigure.computeIfAbsent(f.value(), k -> new ArrayList<>());
                if (lists.size() < MAX_LISTS_PER_FIGURE && !lists.contains(p.id())) {
                    lists.add(p.id());
                }
            }
        }
        if (listFigures.isEmpty()) {
            return;
        }
        Set<Integer> listGroups = new HashSet<>();
        listFigures.keySet().forEach(id -> listGroups.add(versions.groupOf(id)));
        Set<Integer> usedAsParent = links.parentGroups();
        for (int g = 0; g < versions.size(); g++) {
            if (listGroups.contains(g)) {
                continue;
            }
            Set<Integer> targets = new TreeSet<>();
            Set<Integer> targetLists = new TreeSet<>();
            for (int id : versions.members(g)) {
                Passage p = graph.passages().get(id);
                if (!p.isQuote()) {
                    continue;
                }
                List<Figures.Figure> figures = FIGURES.of(p);
                Set<Integer> candidates = new TreeSet<>();
                figures.forEach(f -> candidates.addAll(listsByFigure.getOrDefault(f.value(), List.of())));
                for (int listId : candidates) {
                    int shared = FIGURES.shared(p, figures, graph.passages().get(listId), listFigures.get(listId));
                    if (shared >= 1 && 2 * shared >= figures.size() && targets.add(versions.groupOf(listId))) {
                        targetLists.add(listId);
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            Passage rep = versions.representative(g);
            boolean onlyFigures = targetLists.stream()
                    .allMatch(listId -> graph.compare(rep.id(), listId).coverageOfA() >= FIGURE_PART_COVERAGE);
            if (!links.hasParents(g) && (onlyFigures || copies.families(g) < 2 && !usedAsParent.contains(g))) {
                links.setParents(g, List.copyOf(targets));
            } else {
                links.setAlsoCarries(g, List.copyOf(targets));
            }
        }
    }
}
