package org.quotetrace.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotetrace.linking.CandidateFinder;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.TermIndexCandidates;
import org.quotetrace.linking.Word;

/** The shuffle-based candidate generation gives exactly the in-memory term index's candidate lists. */
class SparkCandidatesTest {

    @Test
    void shuffleGivesTheTermIndexLists() {
        List<Passage> passages = randomPassages(new Random(5), 600);
        // a small posting cap drops the common terms, a small limit makes the cut-off and the ties matter
        List<Map<Integer, List<Integer>>> results = new ArrayList<>();
        for (int[] setting : new int[][] {{40, 5000}, {5, 30}, {3, 8}}) {
            Map<Integer, List<Integer>> local = lists(new TermIndexCandidates(), passages, setting[0], setting[1]);
            Map<Integer, List<Integer>> spark = lists(new SparkCandidates(LocalSpark.context(), 3), passages,
                    setting[0], setting[1]);
            assertThat(spark).as("limit %d, max postings %d", setting[0], setting[1]).isEqualTo(local);
            results.add(local);
        }
        // the test means something: many candidates per passage, and the limit and posting cap cut lists
        assertThat(results.get(0).values().stream().mapToInt(List::size).sum()).isGreaterThan(3 * passages.size());
        assertThat(results.get(1)).isNotEqualTo(results.get(0));
        assertThat(results.get(2)).isNotEqualTo(results.get(1));
    }

    @Test
    void tiesGoToTheSmallerIdAndPassagesWithoutContentAskForNothing() {
        List<Passage> passages = new ArrayList<>();
        passages.add(passage(0, "harbour", "wall", "repair", "council"));
        passages.add(passage(1, "harbour", "wall", "repair", "council"));
        passages.add(passage(2, "harbour", "wall", "repair", "council"));
        passages.add(passage(3));
        passages.add(passage(4, "harbour"));
        Map<Integer, List<Integer>> spark = lists(new SparkCandidates(LocalSpark.context(), 2), passages, 2, 100);
        assertThat(spark).isEqualTo(lists(new TermIndexCandidates(), passages, 2, 100));
        assertThat(spark.get(2)).containsExactly(0, 1);
        assertThat(spark).doesNotContainKey(3).containsEntry(4, List.of(4, 0));
    }

    private static Map<Integer, List<Integer>> lists(CandidateFinder finder, List<Passage> passages, int limit,
                                                     int maxPostings) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        finder.find(passages, limit, maxPostings, (id, ranked) -> {
            if (!ranked.isEmpty()) { // a passage without candidates may be told so or left out
                assertThat(out.put(id, List.copyOf(ranked))).isNull();
            }
        });
        return out;
    }

    /** Passages of words drawn from a skewed vocabulary (a few very common words, many rare ones), some repeated. */
    private static List<Passage> randomPassages(Random random, int count) {
        List<Passage> passages = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            if (id > 10 && random.nextInt(8) == 0) {
                Passage copy = passages.get(random.nextInt(id));
                passages.add(new Passage(id, "a" + id, copy.text(), copy.start(), copy.end(), copy.source(), -1,
                        copy.words(), false));
                continue;
            }
            int length = random.nextInt(14);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                words.add("w" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400));
            }
            passages.add(passage(id, words.toArray(String[]::new)));
        }
        return passages;
    }

    /** A free passage of {@code words}, each a content word whose lemma is its stem (so form and lemma may differ). */
    private static Passage passage(int id, String... words) {
        List<Word> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            int start = text.length();
            text.append(word).append(' ');
            String lemma = word.length() > 3 ? word.substring(0, word.length() - 1) : word;
            list.add(new Word(word, lemma, !word.endsWith("7"), false, start, start + word.length()));
        }
        return new Passage(id, "a" + id / 3, text.toString(), 0, text.length(), Passage.Source.FREE, -1, list, false);
    }
}
