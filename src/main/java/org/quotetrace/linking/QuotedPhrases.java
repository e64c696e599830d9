package org.quotetrace.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A grouping rule: reported speech that repeats word for word the whole of a direct quote of another
 * article, of at least {@value #MIN_QUOTED_PHRASE_CONTENT} content words, carries that quote's
 * statements too ("the suspects, believed to be part of a criminal group, were arrested" repeats
 * another outlet's quoted "part of a criminal group"): the marks say the words are the speaker's
 * own. The quote's group is carried on top of the reported speech's own statement
 * ({@link GroupLinks#alsoCarries}).
 */
final class QuotedPhrases extends GroupingRule {

    /** A quoted phrase needs this many content words before reported speech that repeats it carries its statement. */
    static final int MIN_QUOTED_PHRASE_CONTENT = 3;

    private QuotedPhrases(GroupingContext context) {
        super(context);
    }

    /** Links every group of reported speech to the quoted phrases it repeats. */
    static void find(GroupingContext context) {
        new QuotedPhrases(context).findQuotedPhrases();
    }

    private void findQuotedPhrases() {
        for (int g = 0; g < versions.size(); g++) {
            if (!versions.onlyReportedSpeech(g)) {
                continue;
            }
            Set<Integer> found = new TreeSet<>();
            for (int id : versions.members(g)) {
                Passage p = graph.passages().get(id);
                for (int other : graph.neighbours(id)) {
                    Passage q = graph.passages().get(other);
                    int h = versions.groupOf(other);
                    if (h == g || q.source() != Passage.Source.DIRECT || q.articleId().equals(p.articleId())
                            || q.contentWords().size() < MIN_QUOTED_PHRASE_CONTENT || !graph.compare(id, other).bInsideA()
                            || links.reaches(h, g)) {
                        continue;
                    }
                    found.add(h);
                }
            }
            if (!found.isEmpty()) {
                Set<Integer> merged = new LinkedHashSet<>(links.alsoCarries(g));
                merged.addAll(found);
                links.setAlsoCarries(g, List.copyOf(merged));
            }
        }
    }
}
