package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An inverted index from content lemmas to the items (passages or statements, by integer id)
 * that contain them; the linker's candidate search. A query scores only the items on the posting
 * lists of its own terms and skips terms so common that their lists exceed
 * {@link #maxPostings()}, so one query costs about the same however large the corpus grows:
 * linking n passages costs about n queries, never n x n comparisons.
 */
public final class TermIndex {

    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<Integer, Integer> termCounts = new HashMap<>();
    private final int maxPostings;
    private int size;

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
        LinkedHashSet<String> distinct = new LinkedHashSet<>(terms);
        for (String term : distinct) {
            postings.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
        }
        termCounts.put(id, distinct.size());
        size++;
    }

    /**
     * The ids of at most {@code limit} items sharing the most informative terms with {@code terms}
     * (each shared term weighs {@code log(1 + size / postings)}; the sum is divided by the square
     * root of the item's number of terms, so a long item does not outrank a close copy), best first,
     * ties by id; an item needs at least {@code minShared} shared terms.
     */
    public List<Integer> query(Collection<String> terms, int limit, int minShared) {
        Map<Integer, double[]> scores = new TreeMap<>();
        for (String term : new LinkedHashSet<>(terms)) {
            List<Integer> list = postings.get(term);
            if (list == null || list.size() > maxPostings) {
                continue;
            }
            double weight = Math.log(1 + (double) size / list.size());
            for (int id : list) {
                double[] score = scores.computeIfAbsent(id, k -> new double[2]);
                score[0] += weight;
                score[1] += 1;
            }
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : scores.entrySet()) {
            if (entry.getValue()[1] >= minShared) {
                entry.getValue()[0] /= Math.sqrt(termCounts.getOrDefault(entry.getKey(), 1));
                ranked.add(entry);
            }
        }
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.getValue()[0], x.getValue()[0]);
            return byScore != 0 ? byScore : Integer.compare(x.getKey(), y.getKey());
        });
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            out.add(ranked.get(i).getKey());
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
}
