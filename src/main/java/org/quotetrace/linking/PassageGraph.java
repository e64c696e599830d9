package org.quotetrace.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pairs of passages found through the {@link TermIndex}, with their comparisons:
 * each passage asks the index for its best {@link #CANDIDATES} neighbours, so the graph has at
 * most that many edges per passage and costs about linear time in the number of passages.
 */
public final class PassageGraph {

    /** How many candidates each passage asks the index for. */
    static final int CANDIDATES = 40;
    /** Terms on more posting lists than this are too common to find candidates with. */
    static final int MAX_POSTINGS = 5000;

    private final List<Passage> passages;
    private final PassageComparer comparer;
    private final NeighbourLists neighbours = new NeighbourLists();
    private final Map<Long, Comparison> comparisons = new HashMap<>();

    private PassageGraph(List<Passage> passages, PassageComparer comparer) {
        this.passages = passages;
        this.comparer = comparer;
    }

    /** Builds the graph of {@code passages} (ids are their positions) with the in-memory term index. */
    public static PassageGraph build(List<Passage> passages, PassageComparer comparer) {
        return build(passages, comparer, new TermIndexCandidates());
    }

    /** Builds the graph of {@code passages} (ids are their positions) with the candidates {@code finder} gives. */
    public static PassageGraph build(List<Passage> passages, PassageComparer comparer, CandidateFinder finder) {
        PassageGraph graph = new PassageGraph(passages, comparer);
        finder.find(passages, CANDIDATES, MAX_POSTINGS, (id, ranked) -> {
            Passage passage = passages.get(id);
            for (int other : ranked) {
                Passage candidate = passages.get(other);
                if (other != passage.id() && !passage.overlaps(candidate)) {
                    graph.neighbours.link(passage.id(), other);
                }
            }
        });
        return graph;
    }

    /** The passages. */
    public List<Passage> passages() {
        return passages;
    }

    /** The candidate neighbours of passage {@code id}, in id order. */
    public List<Integer> neighbours(int id) {
        return neighbours.of(id);
    }

    /** The comparison of passage {@code a} (as a) with passage {@code b} (as b), computed once. */
    public Comparison compare(int a, int b) {
        long key = (long) a * passages.size() + b;
        return comparisons.computeIfAbsent(key, k -> comparer.compare(passages.get(a), passages.get(b)));
    }
}
