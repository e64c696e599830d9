package org.quotetrace.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A grouping rule for when the linker knows who is credited with each quote: reported speech whose
 * sentence retells another article's quoted statement as one of its clauses ("Some 40 suspects were
 * identified, with more arrests expected in the coming weeks") carries that statement on top of its
 * own ({@link RetoldClause}; {@link GroupLinks#retoldInClause}). The clauses are cut only for likely
 * pairs: the whole sentence must already carry at least {@value RetoldClause#MIN_COVERAGE} of the
 * statement's content. The articles must credit both to one voice (the same speaker, or a body and
 * its spokesperson, as for {@link SpeakerParaphrases}): a clause is a short stretch of words, and the
 * speaker is the evidence that it retells this statement. The whole sentence must name no one or
 * nowhere the statement names differently, and its article must tell one story with every article
 * of the statement's group ({@link StoryContext#related}): stock phrases recur across stories.
 */
final class RetoldClauseStatements extends GroupingRule {

    private RetoldClauseStatements(GroupingContext context) {
        super(context);
    }

    /** Links every group that retells a quoted statement in a clause to it; nothing when speakers are unknown. */
    static void find(GroupingContext context) {
        if (!context.voices().known()) {
            return;
        }
        new RetoldClauseStatements(context).findRetoldClauses();
    }

    private void findRetoldClauses() {
        RetoldClause clauses = new RetoldClause(graph.comparer(), graph::rarity);
        Map<Integer, Set<Integer>> found = new TreeMap<>();
        StoryContext[] stories = new StoryContext[1]; // read only when some clause retells a statement
        for (int g = 0; g < versions.size(); g++) {
            for (int id : versions.members(g)) {
                Passage p = graph.passages().get(id);
                if (p.source() != Passage.Source.INDIRECT) {
                    continue; // a direct quote gives the speaker's words for one statement, not a retelling of another
                }
                for (int other : graph.neighbours(id)) {
                    Passage q = graph.passages().get(other);
                    int h = versions.groupOf(other);
                    if (h == g || !q.isQuote() || q.articleId().equals(p.articleId())
                            || found.getOrDefault(g, Set.of()).contains(h)
                            || graph.compare(other, id).coverageOfA() < RetoldClause.MIN_COVERAGE
                            || graph.compare(other, id).namesDiffer()
                            || !voices.sameVoice(Set.of(voices.speakerOf(p)), voices.speakerOf(q))
                            || links.reaches(h, g) || links.reaches(g, h) || !clauses.retells(p, q)) {
                        continue;
                    }
                    if (stories[0] == null) {
                        stories[0] = StoryContext.of(graph.passages());
                    }
                    StoryContext story = stories[0];
                    if (versions.members(h).stream().anyMatch(m -> !story.related(p, graph.passages().get(m)))) {
                        continue; // a template clause ("we would feel the same") that another story repeats
                    }
                    found.computeIfAbsent(g, k -> new TreeSet<>()).add(h);
                }
            }
        }
        found.forEach((g, hs) -> {
            links.setRetoldInClause(g, List.copyOf(hs));
            Set<Integer> merged = new LinkedHashSet<>(links.alsoCarries(g));
            merged.addAll(hs);
            links.setAlsoCarries(g, List.copyOf(merged));
        });
    }
}
