package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * An inverted index from content lemmas to the items (passages or statements, by integer id)
 * that contain them; the linker's candidate search. A query scores only the items on the posting
 * lists of its own terms and skips terms so common that their lists exceed
 * {@link #maxPostings()}, so one query costs about the same however large the corpus grows:
 * linking n passages costs about n queries, never n x n comparisons.
 *
 * <p>Posting lists are arrays of ints and a query adds scores into arrays indexed by id (one set
 * per thread, cleared after each query), so a 100,000-article corpus (millions of passages, tens
 * of millions of postings) fits in memory and a query costs only the postings it reads. Queries
 * may run on several threads at once; adding may not.
 */
public final class TermIndex {

    private final Map<String, Postings> postings = new HashMap<>();
    private int[] termCounts = new int[16];
    private final int maxPostings;
    private int size;
    private final ThreadLocal<Scores> scratch = ThreadLocal.withInitial(Scores::new);

    /** An empty index that ignores terms found in more than {@code maxPostings} items. */
    public TermIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** The cap on a term's posting list. */
    public int maxPostings() {
        return maxPostings;
    }

    /** Number of items added. */
    public int size() {
        return size;
    }

    /** Adds item {@code id} with its terms (duplicates ignored). Ids must be added in increasing order. */
    public void add(int id, Collection<String> terms) {
        if (id < 0) {
            throw new IllegalArgumentException("negative item id " + id);
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(terms);
        for (String term : distinct) {
            postings.computeIfAbsent(term, t -> new Postings()).add(id);
        }
        if (id >= termCounts.length) {
            termCounts = Arrays.copyOf(termCounts, Math.max(id + 1, termCounts.length * 2));
        }
        termCounts[id] = distinct.size();
        size++;
    }

    /**
     * How informative a term is that {@code postings} of {@code items} indexed items carry:
     * {@code log(1 + items / postings)}, the weight {@link #query} gives a shared term. Distributed
     * candidate search and word rarities use the same formula so that their sums are this index's.
     */
    public static double weight(double items, int postings) {
        return Math.log(1 + items / postings);
    }

    /**
     * The ids of at most {@code limit} items sharing the most informative terms with {@code terms}
     * (each shared term weighs {@code log(1 + size / postings)}; the sum is divided by the square
     * root of the item's number of terms, so a long item does not outrank a close copy), best first,
     * ties by id; an item needs at least {@code minShared} shared terms.
     */
    public List<Integer> query(Collection<String> terms, int limit, int minShared) {
        Scores scores = scratch.get();
        scores.ensure(termCounts.length);
        for (String term : new LinkedHashSet<>(terms)) {
            Postings list = postings.get(term);
            if (list == null || list.size > maxPostings) {
                continue;
            }
            double weight = weight(size, list.size);
            for (int p = 0; p < list.size; p++) {
                scores.add(list.ids[p], weight);
            }
        }
        // best first, ties by id; keep the `limit` best in a heap whose head is the worst kept
        PriorityQueue<Ranked> best = new PriorityQueue<>(Math.max(1, Math.min(limit, 64)), (x, y) -> Ranked.BEST_FIRST.compare(y, x));
        for (int t = 0; t < scores.touchedCount; t++) {
            int id = scores.touched[t];
            if (scores.shared[id] >= minShared && limit > 0) {
                int count = termCounts[id];
                Ranked ranked = new Ranked(id, scores.weight[id] / Math.sqrt(count == 0 ? 1 : count));
                if (best.size() < limit) {
                    best.add(ranked);
                } else if (Ranked.BEST_FIRST.compare(ranked, best.peek()) < 0) {
                    best.poll();
                    best.add(ranked);
                }
            }
        }
        scores.clear();
        List<Ranked> ranked = new ArrayList<>(best);
        ranked.sort(Ranked.BEST_FIRST);
        List<Integer> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.id());
        }
        return out;
    }

    /**
     * The index terms of a passage: the lemmas and the forms of its content words (both, since the
     * tagger may lemmatise one word differently in two contexts).
     */
    public static Set<String> terms(List<Word> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (Word word : words) {
            if (word.content()) {
                terms.add(word.lemma());
                terms.add(word.form());
            }
        }
        return terms;
    }

    /** A growable posting list of ids in the order added. */
    private static final class Postings {
        int[] ids = new int[2];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /** An item's score in a query. */
    private record Ranked(int id, double score) {
        static final java.util.Comparator<Ranked> BEST_FIRST = (x, y) -> {
            int byScore = Double.compare(y.score, x.score);
            return byScore != 0 ? byScore : Integer.compare(x.id, y.id);
        };
    }

    /** Per-thread score sums of one query, indexed by item id, with the ids touched so they can be cleared. */
    private static final class Scores {
        double[] weight = new double[0];
        int[] shared = new int[0];
        int[] touched = new int[16];
        int touchedCount;

        void ensure(int ids) {
            if (weight.length < ids) {
                weight = Arrays.copyOf(weight, ids);
                shared = Arrays.copyOf(shared, ids);
            }
        }

        void add(int id, double w) {
            if (shared[id] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = id;
            }
            weight[id] += w;
            shared[id]++;
        }

        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                weight[touched[t]] = 0;
                shared[touched[t]] = 0;
            }
            touchedCount = 0;
        }
    }
}
