package org.quotetrace.linking;

import java.util.List;

/**
 * Finds, for every passage, the other passages worth comparing it with: the linker's candidate
 * generation, kept apart from what the linker does with the pairs. {@link TermIndexCandidates} is
 * the one-machine version; a distributed one (the Spark job's) must return the same lists, so
 * that the rest of linking (comparison, grouping, reference choice, grading, reuse) runs as one
 * implementation whichever finder is used.
 *
 * <p>The contract is that of {@link TermIndex#query}: every passage is indexed under
 * {@link TermIndex#terms} (N = all passages, also those without terms); a passage with no content
 * word asks for nothing; any other asks for its best {@code limit} items, sharing at least
 * {@code min(2, content words)} terms, by {@link TermIndex}'s score and tie-break, terms on more
 * than {@code maxPostings} lists skipped. The passage itself and passages overlapping it may be
 * among the results; the caller drops them.
 */
public interface CandidateFinder {

    /**
     * Tells {@code sink} the ranked candidate ids of each passage that asks for some ({@code passages}
     * are in id order; passage ids are their positions): best first, at most {@code limit}, each
     * passage at most once, in any order of passages; a passage without candidates may be left out.
     */
    void find(List<Passage> passages, int limit, int maxPostings, Sink sink);

    /** Receives the candidates of one passage. */
    @FunctionalInterface
    interface Sink {
        /** {@code ranked} are the candidate ids of passage {@code passage}, best first. */
        void accept(int passage, List<Integer> ranked);
    }

    /** The smallest number of terms a candidate must share with {@code passage}; 0 when it asks for none. */
    static int minShared(Passage passage) {
        return Math.min(2, (int) passage.words().stream().filter(Word::content).count());
    }
}
