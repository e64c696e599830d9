package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The term index ranks candidates as the plain definition says, on one thread or several. */
class TermIndexTest {

    /** The ranking by its definition: every item scored in a map, all sorted, the first {@code limit} kept. */
    private static List<Integer> reference(List<List<String>> items, int maxPostings, List<String> query, int limit,
                                           int minShared) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int id = 0; id < items.size(); id++) {
            for (String term : new LinkedHashSet<>(items.get(id))) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
            }
        }
        Map<Integer, double[]> scores = new TreeMap<>();
        for (String term : new LinkedHashSet<>(query)) {
            List<Integer> list = postings.get(term);
            if (list == null || list.size() > maxPostings) {
                continue;
            }
            double weight = Math.log(1 + (double) items.size() / list.size());
            for (int id : list) {
                double[] score = scores.computeIfAbsent(id, k -> new double[2]);
                score[0] += weight;
                score[1] += 1;
            }
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : scores.entrySet()) {
            if (entry.getValue()[1] >= minShared) {
                entry.getValue()[0] /= Math.sqrt(new LinkedHashSet<>(items.get(entry.getKey())).size());
                ranked.add(entry);
            }
        }
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.getValue()[0], x.getValue()[0]);
            return byScore != 0 ? byScore : Integer.compare(x.getKey(), y.getKey());
        });
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static List<List<String>> randomItems(Random random, int count, int vocabulary) {
        List<List<String>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> terms = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                // skewed: low term numbers are common, so some lists pass the posting cap
                terms.add("t" + (int) (vocabulary * Math.pow(random.nextDouble(), 2)));
            }
            items.add(terms);
        }
        return items;
    }

    @Test
    void ranksLikeTheDefinitionWithTiesByIdAndThePostingCap() {
        Random random = new Random(11);
        List<List<String>> items = randomItems(random, 2000, 300);
        TermIndex index = new TermIndex(150);
        for (int id = 0; id < items.size(); id++) {
            index.add(id, items.get(id));
        }
        for (int q = 0; q < 300; q++) {
            List<String> query = items.get(random.nextInt(items.size()));
            int limit = random.nextInt(45);
            int minShared = 1 + random.nextInt(2);
            assertThat(index.query(query, limit, minShared)).as("query %s limit %d", query, limit)
                    .containsExactlyElementsOf(reference(items, 150, query, limit, minShared));
        }
    }

    @Test
    void queriesOnSeveralThreadsGiveTheSameAnswers() throws Exception {
        Random random = new Random(5);
        List<List<String>> items = randomItems(random, 1500, 200);
        TermIndex index = new TermIndex(Integer.MAX_VALUE);
        for (int id = 0; id < items.size(); id++) {
            index.add(id, items.get(id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int q = 0; q < 200; q++) {
                List<String> query = items.get(q);
                results.add(pool.submit(() -> index.query(query, 40, 2).equals(reference(items, Integer.MAX_VALUE, query, 40, 2))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
