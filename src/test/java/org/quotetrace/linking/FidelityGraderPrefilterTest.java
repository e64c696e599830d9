package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap in-order test that {@link FidelityGrader#onlyEditorial} runs before the word diff never
 * rejects a pair the diff accepts, so grades are the same with and without it (random wordings
 * built to produce edits: omissions, ellipses, bracketed insertions, reorderings).
 */
class FidelityGraderPrefilterTest {

    private static final String[] VOCABULARY = {"we", "will", "build", "the", "new", "bridge", "next", "year", "and",
            "pay", "for", "it"};

    @Test
    void theInOrderTestNeverRejectsAnEditorialDiff() {
        Random random = new Random(11);
        int accepted = 0;
        int spared = 0;
        for (int round = 0; round < 20000; round++) {
            List<String> base = randomWords(random, 3 + random.nextInt(10));
            Passage reference = passage(random, base, false);
            Passage occurrence = passage(random, edit(random, base), true);
            List<String> ref = reference.forms();
            List<String> occ = FidelityGrader.withReferenceSpelling(occurrence.forms(), ref);
            boolean diff = FidelityGrader.editorialDiff(occurrence, reference, ref, occ);
            boolean inOrder = FidelityGrader.unbracketedWordsInOrder(occurrence, occ, ref);
            if (diff) {
                accepted++;
                assertThat(inOrder).as("round " + round + ": " + occurrence.surface() + " / " + reference.surface()).isTrue();
            }
            if (!inOrder) {
                spared++;
            }
            assertThat(new FidelityGrader().onlyEditorial(occurrence, reference)).isEqualTo(diff);
        }
        assertThat(accepted).isGreaterThan(1000);
        assertThat(spared).isGreaterThan(1000);
    }

    private static List<String> randomWords(Random random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return words;
    }

    /** A random edit of {@code words}: cut ends, drop a middle run, insert or change a word, swap two. */
    private static List<String> edit(Random random, List<String> words) {
        List<String> out = new ArrayList<>(words);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(5)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                case 2 -> out.set(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                case 3 -> out.subList(0, Math.min(out.size() - 1, at)).clear();
                default -> {
                    int other = random.nextInt(out.size());
                    String w = out.get(at);
                    out.set(at, out.get(other));
                    out.set(other, w);
                }
            }
        }
        return out;
    }

    /** A passage of {@code words}; in an occurrence some words are bracketed and some gaps hold an ellipsis. */
    private static Passage passage(Random random, List<String> words, boolean occurrence) {
        StringBuilder text = new StringBuilder();
        List<Word> out = new ArrayList<>();
        for (String word : words) {
            if (text.length() > 0) {
                text.append(occurrence && random.nextInt(6) == 0 ? " ... " : " ");
            }
            boolean bracketed = occurrence && random.nextInt(5) == 0;
            if (bracketed) {
                text.append('[');
            }
            int start = text.length();
            text.append(word);
            out.add(new Word(word, word, word.length() > 3, bracketed, start, text.length()));
            if (bracketed) {
                text.append(']');
            }
        }
        return new Passage(0, "x.txt", text.toString(), 0, text.length(), Passage.Source.DIRECT, -1, out, false);
    }
}
