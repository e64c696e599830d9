package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A grouping rule: an outlet retells a statement once. Of two reported-speech sentences of one
 * article that are parts of the same statement ({@link StatementParts}), one whose words in common
 * with the statement the other also has (and more) retells nothing of it of its own: it is another
 * sentence about the same subject ("the group warned of a rise in fake images" beside "its study
 * found 3,000 fake images on one site in a month", both parts of "fake images are on the rise, with a
 * study finding over 3,000 in a month"), and is no part of the statement. Only for parts of reported
 * speech that one outlet carries.
 */
final class EchoedParts extends GroupingRule {

    private EchoedParts(GroupingContext context) {
        super(context);
    }

    /** Makes every echoed part a whole group again. */
    static void drop(GroupingContext context) {
        new EchoedParts(context).dropEchoedParts();
    }

    private void dropEchoedParts() {
        Map<Integer, List<Integer>> partsOf = new HashMap<>();
        links.allParents().forEach((part, list) -> {
            if (list.size() == 1) {
                partsOf.computeIfAbsent(list.get(0), k -> new ArrayList<>()).add(part);
            }
        });
        Set<Integer> dropped = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> entry : partsOf.entrySet()) {
            List<Integer> parts = entry.getValue();
            if (parts.size() < 2) {
                continue;
            }
            Passage statement = versions.representative(entry.getKey());
            for (int a : parts) {
                for (int b : parts) {
                    if (a != b && !dropped.contains(b) && echoes(statement, a, b)) {
                        dropped.add(a);
                        break;
                    }
                }
            }
        }
        dropped.forEach(links::dropParents);
    }

    /**
     * Whether part group a only echoes part group b of the same statement: both are reported speech of
     * one outlet, a sentence of each stands in one article apart from the other, and the statement's
     * words that a carries are a strict subset of those b carries.
     */
    private boolean echoes(Passage statement, int a, int b) {
        if (!versions.onlyReportedSpeech(a) || !versions.onlyReportedSpeech(b) || copies.families(a) > 1
                || copies.families(b) > 1) {
            return false;
        }
        for (int x : versions.members(a)) {
            Passage pa = graph.passages().get(x);
            for (int y : versions.members(b)) {
                Passage pb = graph.passages().get(y);
                if (!pa.articleId().equals(pb.articleId()) || pa.overlaps(pb)) {
                    continue;
                }
                BitSet byA = graph.compare(statement.id(), x).coveredA();
                BitSet byB = graph.compare(statement.id(), y).coveredA();
                BitSet rest = (BitSet) byA.clone();
                rest.andNot(byB);
                if (rest.isEmpty() && byB.cardinality() > byA.cardinality()) {
                    return true;
                }
            }
        }
        return false;
    }
}
