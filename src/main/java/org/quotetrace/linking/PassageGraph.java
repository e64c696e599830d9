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
    /** The comparisons computed so far (made once the candidate pairs are known). */
    private ComparisonStore comparisons;
    private Map<String, Double> rarities = Map.of();
    private double unseenRarity;

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
        return build(passages, comparer, finder, 1);
    }

    /**
     * Builds the graph like {@link #build(List, PassageComparer, CandidateFinder)}; with more than one
     * of {@code threads}, also compares every candidate pair (a, b), a before b, on that many threads
     * up front: grouping compares each of them, and a comparison is the same whoever computes it.
     */
    public static PassageGraph build(List<Passage> passages, PassageComparer comparer, CandidateFinder finder,
                                     int threads) {
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
        int[] contentWords = new int[passages.size()];
        for (int id = 0; id < contentWords.length; id++) {
            contentWords[id] = passages.get(id).contentWords().size();
        }
        graph.comparisons = new ComparisonStore(graph.neighbours, contentWords);
        graph.rarities = rarities(passages);
        graph.unseenRarity = TermIndex.weight(Math.max(1, passages.size()), 1); // a lemma no passage has: as rare as can be
        if (threads > 1) {
            graph.compareForwardPairs(threads);
        }
        return graph;
    }

    /** Passages whose forward comparisons are computed together (bounds what is held before it is stored). */
    private static final int COMPARE_BLOCK = 8192;

    /** Computes {@link #compare}(a, b) for every candidate pair with a before b, on {@code threads} threads. */
    private void compareForwardPairs(int threads) {
        for (int from = 0; from < passages.size(); from += COMPARE_BLOCK) {
            int start = from;
            int end = Math.min(passages.size(), from + COMPARE_BLOCK);
            List<int[]> later = new java.util.ArrayList<>(end - start);
            for (int a = start; a < end; a++) {
                later.add(neighbours.of(a).stream().mapToInt(Integer::intValue).filter(b -> b > start).toArray());
            }
            List<Comparison[]> computed = ParallelWork.map(end - start, threads, i -> {
                int a = start + i;
                int[] bs = later.get(i);
                Comparison[] out = new Comparison[bs.length];
                for (int k = 0; k < bs.length; k++) {
                    if (bs[k] > a) {
                        out[k] = comparer.compare(passages.get(a), passages.get(bs[k]));
                    }
                }
                return out;
            });
            for (int i = 0; i < computed.size(); i++) {
                int a = start + i;
                int[] bs = later.get(i);
                for (int k = 0; k < bs.length; k++) {
                    if (computed.get(i)[k] != null) {
                        comparisons.put(a, bs[k], computed.get(i)[k]);
                    }
                }
            }
        }
    }

    /**
     * {@link TermIndex#weight} of every term of {@code passages}, computed from the passages themselves so
     * that it does not depend on which {@link CandidateFinder} found the candidates.
     */
    private static Map<String, Double> rarities(List<Passage> passages) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Passage passage : passages) {
            for (String term : TermIndex.terms(passage.words())) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        double size = Math.max(1, passages.size());
        Map<String, Double> out = new HashMap<>(documentFrequency.size() * 2);
        documentFrequency.forEach((term, df) -> out.put(term, TermIndex.weight(size, df)));
        return out;
    }

    /** The comparer the graph compares passages with. */
    PassageComparer comparer() {
        return comparer;
    }

    /** The passages. */
    public List<Passage> passages() {
        return passages;
    }

    /** How informative a lemma is among these passages ({@link TermIndex#weight}). */
    public double rarity(String lemma) {
        return rarities.getOrDefault(lemma, unseenRarity);
    }

    /** The candidate neighbours of passage {@code id}, in id order. */
    public List<Integer> neighbours(int id) {
        return neighbours.of(id);
    }

    /** The comparison of passage {@code a} (as a) with passage {@code b} (as b), computed once. */
    public Comparison compare(int a, int b) {
        Comparison known = comparisons.get(a, b);
        if (known == null) {
            known = comparer.compare(passages.get(a), passages.get(b));
            comparisons.put(a, b, known);
        }
        return known;
    }
}
